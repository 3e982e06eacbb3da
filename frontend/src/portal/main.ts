import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { createAppI18n } from '@shared/i18n'
import { messages } from './messages/index'
import '@shared/base.css'

// The portal's own web manifest (name and app icons), except on the stall tablet, which installs the kiosk's
// manifest instead (kiosk/registerKioskWorker.ts adds it when none is there).
if (!location.pathname.startsWith('/kraam')) {
  const manifest = document.createElement('link')
  manifest.rel = 'manifest'
  manifest.href = '/site.webmanifest'
  document.head.append(manifest)
}

createApp(App).use(createPinia()).use(router).use(createAppI18n(messages)).mount('#app')

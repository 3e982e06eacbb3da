import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { createAppI18n } from '@shared/i18n'
import { messages } from './messages/index'
import '@shared/base.css'
import './admin.css'
import './utilities.css'

createApp(App).use(createPinia()).use(router).use(createAppI18n(messages)).mount('#app')

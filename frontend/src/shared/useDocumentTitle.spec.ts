import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render } from '@testing-library/vue'
import { defineComponent, h, nextTick, ref } from 'vue'
import { createRouter, createMemoryHistory, RouterView } from 'vue-router'
import { createAppI18n } from './i18n'
import { usePageName, useDocumentTitle } from './useDocumentTitle'

const messages = {
  nl: { nav: { round: 'Ronde' }, app: { name: 'Inbreng werkgroep' } },
  en: { nav: { round: 'Round' }, app: { name: 'Inbreng working group' } },
}
const roundTitle = ref<string | null>(null)
const RoundPage = defineComponent({
  setup() {
    usePageName(() => roundTitle.value)
    return () => h('h1', roundTitle.value ?? '…')
  },
})
const Other = defineComponent({ render: () => h('p', 'other') })

async function mount(appKey?: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/rondes/:slug', component: RoundPage, meta: { titleKey: 'nav.round' } },
      { path: '/ander', component: Other, meta: { titleKey: 'nav.round' } },
    ],
  })
  const App = defineComponent({
    setup() {
      useDocumentTitle({ appKey })
      return () => h('main', [h(RouterView)])
    },
  })
  await router.push('/rondes/wijk')
  render(App, { global: { plugins: [createAppI18n(messages), router] } })
  await nextTick()
  await router.isReady()
  return router
}

afterEach(() => {
  cleanup()
  roundTitle.value = null
})

describe('useDocumentTitle', () => {
  it("names a page after its content once loaded, and after the route before that", async () => {
    await mount()
    expect(document.title).toBe('Ronde – Inbreng')

    roundTitle.value = 'Wijkraden over veiligheid'
    await nextTick()
    expect(document.title).toBe('Wijkraden over veiligheid – Inbreng')
  })

  it('lets go of the name when the page is left', async () => {
    const router = await mount()
    roundTitle.value = 'Wijkraden over veiligheid'
    await nextTick()
    await router.push('/ander')
    await nextTick()
    expect(document.title).toBe('Ronde – Inbreng')
  })

  it("puts the app's own name in the middle when asked", async () => {
    await mount('app.name')
    expect(document.title).toBe('Ronde – Inbreng werkgroep – Inbreng')
  })
})

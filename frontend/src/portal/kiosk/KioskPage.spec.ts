import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createRouter, createMemoryHistory } from 'vue-router'
import { createI18n } from 'vue-i18n'
import { messages } from '../messages/index'
import { DB_NAME, idbStore } from './kioskDb'
import KioskPage from './KioskPage.vue'

const themes = [{ code: '3', name: 'Jeugd en veiligheid', themes: [{ code: '3.1', name: 'Jeugdoverlast', description: null }] }]
const areas = [{ code: 'centrum', name: 'Centrum', gemeente: 'Veenendijk' }]
const moment = { name: 'Weekmarkt', place: 'Marktplein', date: '2027-03-03', round: { id: 7, slug: 'veilig', title: 'Veilig Veenendijk', closesAt: '2027-04-01T00:00:00' } }

function deleteDb(): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME)
    request.onsuccess = () => resolve()
    request.onerror = () => resolve()
  })
}

async function mountKiosk(query: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/kraam', component: KioskPage }] })
  await router.push(`/kraam${query}`)
  await router.isReady()
  const i18n = createI18n({ legacy: false, locale: 'nl', messages })
  const wrapper = mount({ template: '<RouterView />' }, { global: { plugins: [router, i18n] }, attachTo: document.body })
  // IndexedDB work finishes on macrotasks; give it a few rounds.
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    await flushPromises()
  }
  return wrapper
}

const button = (wrapper: Awaited<ReturnType<typeof mountKiosk>>, name: string) =>
  wrapper.findAll('button').find((candidate) => candidate.text().trim() === name)!

async function settle() {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    await flushPromises()
  }
}

describe('kiosk page', () => {
  let posted: unknown[]

  beforeEach(async () => {
    await deleteDb()
    posted = []
    sessionStorage.clear()
    localStorage.clear()
    await idbStore.saveSettings({ kioskToken: 'tok', sessionToken: 'sess', deviceId: 'tablet-1', codeHash: 'x' })
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const path = String(input)
      if (path.startsWith('/api/v1/themes')) return new Response(JSON.stringify(themes), { status: 200 })
      if (path.startsWith('/api/v1/areas')) return new Response(JSON.stringify(areas), { status: 200 })
      if (path === '/api/v1/kiosk/moment') return new Response(JSON.stringify(moment), { status: 200 })
      if (path === '/api/v1/kiosk/submissions') {
        posted.push(JSON.parse(String(init?.body)))
        return new Response(JSON.stringify({ id: posted.length }), { status: 201 })
      }
      return new Response('{}', { status: 404 })
    })
  })

  afterEach(() => {
    vi.restoreAllMocks()
    document.body.innerHTML = ''
  })

  it('takes one input through the short flow, sends it and forgets it', async () => {
    const wrapper = await mountKiosk('?kiosk=tok')

    await button(wrapper, 'Begin').trigger('click')
    await wrapper.find('button[aria-controls="veld-3"]').trigger('click')
    await button(wrapper, 'Jeugdoverlast').trigger('click')
    await button(wrapper, 'Verder').trigger('click')
    await wrapper.find('#kiosk-problem').setValue('Jongeren bij de snackbar')
    await button(wrapper, 'Verder').trigger('click')
    await button(wrapper, 'Verder').trigger('click')
    await button(wrapper, 'Centrum').trigger('click')
    await button(wrapper, 'Verder').trigger('click')
    await button(wrapper, 'Ik heb hier een bedrijf of winkel').trigger('click')
    await button(wrapper, 'Versturen').trigger('click')
    await settle()

    expect(wrapper.text()).toContain('Dank u wel!')
    expect(posted).toEqual([{ themeCodes: ['3.1'], problem: 'Jongeren bij de snackbar', areaCode: 'centrum', respondentType: 'ONDERNEMER' }])
    expect(await idbStore.waiting()).toEqual([])
    expect(wrapper.html()).not.toContain('Jongeren bij de snackbar')
  })

  it('wipes the form after idle time without keeping anything in browser storage', async () => {
    const wrapper = await mountKiosk('?kiosk=tok&idle=1')

    await button(wrapper, 'Begin').trigger('click')
    await button(wrapper, 'Weet ik niet').trigger('click')
    await wrapper.find('#kiosk-problem').setValue('Geheim verhaal van de vorige bezoeker')
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await flushPromises()
    expect(wrapper.text()).toContain('Bent u nog bezig?')
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await settle()

    expect(wrapper.find('#kiosk-problem').exists()).toBe(false)
    expect(wrapper.text()).toContain('Praat mee over veiligheid')
    expect(await idbStore.waiting()).toEqual([])
    const stored = JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }) + JSON.stringify(await idbStore.settings())
    expect(stored).not.toContain('Geheim verhaal')
    await button(wrapper, 'Begin').trigger('click')
    await button(wrapper, 'Weet ik niet').trigger('click')
    expect((wrapper.find('#kiosk-problem').element as HTMLTextAreaElement).value).toBe('')
  })

  it('asks "Wie bent u?" and says so at the choices when nothing was picked, keeping the answers', async () => {
    const wrapper = await mountKiosk('?kiosk=tok')

    await button(wrapper, 'Begin').trigger('click')
    await button(wrapper, 'Weet ik niet').trigger('click')
    await wrapper.find('#kiosk-problem').setValue('Te hard rijden')
    await button(wrapper, 'Verder').trigger('click')
    await button(wrapper, 'Verder').trigger('click')
    await button(wrapper, 'Verder').trigger('click')
    expect(wrapper.find('h1').text()).toBe('Wie bent u?')
    await button(wrapper, 'Versturen').trigger('click')
    await settle()

    expect(wrapper.find('#kiosk-who-error').text()).toBe('Kies wat het best bij u past.')
    expect(wrapper.find('[role=group]').attributes('aria-describedby')).toContain('kiosk-who-error')
    expect(posted).toEqual([])
    await button(wrapper, 'Terug').trigger('click')
    await button(wrapper, 'Terug').trigger('click')
    await button(wrapper, 'Terug').trigger('click')
    expect((wrapper.find('#kiosk-problem').element as HTMLTextAreaElement).value).toBe('Te hard rijden')
  })

  it('shows the themes and the round it kept after a restart without network', async () => {
    const first = await mountKiosk('?kiosk=tok')
    expect(first.text()).toContain('U praat mee over: Veilig Veenendijk')
    first.unmount()
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'))

    const restarted = await mountKiosk('?kiosk=tok')

    expect(restarted.text()).toContain('U praat mee over: Veilig Veenendijk')
    await button(restarted, 'Begin').trigger('click')
    await restarted.find('button[aria-controls="veld-3"]').trigger('click')
    expect(button(restarted, 'Jeugdoverlast')).toBeDefined()
  })
})

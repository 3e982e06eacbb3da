import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createI18n } from 'vue-i18n'
import { createPinia, setActivePinia } from 'pinia'
import { messages } from '../messages/index'
import LoginPage from './LoginPage.vue'

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

async function mountLogin() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/inloggen', component: LoginPage },
      { path: '/inbox', component: { template: '<p>inbox</p>' } },
      { path: '/', component: { template: '<p>home</p>' } },
    ],
  })
  await router.push('/inloggen?next=/inbox')
  await router.isReady()
  const pinia = createPinia()
  setActivePinia(pinia)
  const i18n = createI18n({ legacy: false, locale: 'nl', messages })
  const wrapper = mount({ template: '<RouterView />' }, { global: { plugins: [router, i18n, pinia] }, attachTo: document.body })
  return { wrapper, router }
}

describe('login page', () => {
  let answers: Response[]

  beforeEach(() => {
    answers = []
    vi.stubGlobal('fetch', vi.fn(async () => answers.shift() ?? json(500, {})))
  })

  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('labels both fields', async () => {
    const { wrapper } = await mountLogin()

    expect(wrapper.find('label[for="login-username"]').text()).toBe('Gebruikersnaam')
    expect(wrapper.find('label[for="login-password"]').text()).toBe('Wachtwoord')
  })

  it('shows the lockout title and detail from the server next to the fields', async () => {
    answers.push(json(401, { title: 'Dit account is tijdelijk geblokkeerd', detail: 'Probeer het na 10:15 opnieuw.' }))
    const { wrapper } = await mountLogin()

    await wrapper.find('#login-username').setValue('analist')
    await wrapper.find('#login-password').setValue('verkeerd')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    const alert = wrapper.find('[role="alert"]')
    expect(alert.text()).toContain('Dit account is tijdelijk geblokkeerd')
    expect(alert.text()).toContain('Probeer het na 10:15 opnieuw.')
    expect(wrapper.find('#login-password').attributes('aria-describedby')).toBe('login-problem')
  })

  it('asks for both fields before calling the server', async () => {
    const { wrapper } = await mountLogin()

    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(wrapper.find('[role="alert"]').text()).toContain('Vul uw gebruikersnaam en wachtwoord in.')
    expect(fetch).not.toHaveBeenCalled()
  })

  it('goes on to the page it came from after signing in', async () => {
    answers.push(json(200, { username: 'analist', roles: ['ANALIST'], csrfToken: 'tok' }))
    const { wrapper, router } = await mountLogin()

    await wrapper.find('#login-username').setValue('analist')
    await wrapper.find('#login-password').setValue('goed-wachtwoord')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(router.currentRoute.value.fullPath).toBe('/inbox')
  })
})

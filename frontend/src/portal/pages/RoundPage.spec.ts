import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '@shared/i18n'
import { messages } from '../messages/index'
import { jsonResponse, velden } from '../testing'
import RoundPage from './RoundPage.vue'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const round = {
  id: 3, slug: 'wijkraden', title: 'Wijkraden over veiligheid', doelgroep: 'WIJKRADEN', intro: null,
  opensAt: '2026-01-01T00:00:00', closesAt: '2099-01-01T00:00:00', byInvitation: true, themeCodes: ['1.2', '3.1'],
  state: 'OPEN', takesOrganisationAdvice: true,
}

async function mount(page: object, check: (code: string) => Response) {
  const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input)
    if (url.startsWith('/api/v1/themes')) return jsonResponse(velden)
    if (url.endsWith('/invitation-check')) return check(JSON.parse(String(init?.body)).code)
    if (url === '/api/v1/rounds/wijkraden') return jsonResponse(page)
    return jsonResponse({}, 404)
  })
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/rondes/:slug', component: RoundPage },
    { path: '/:p(.*)*', component: { template: '<div />' } },
  ] })
  await router.push('/rondes/wijkraden')
  await router.isReady()
  render({ template: '<RouterView />' }, { global: { plugins: [createAppI18n(messages), router] } })
  await screen.findByRole('heading', { name: 'Wijkraden over veiligheid' })
  return fetch
}

describe('RoundPage', () => {
  it('shows residents the way to give input and no advice form in a round without invited organisations', async () => {
    await mount({ ...round, takesOrganisationAdvice: false }, () => jsonResponse({}, 500))

    expect(screen.getByRole('link', { name: 'Geef inbreng voor deze ronde' })).toBeTruthy()
    expect(screen.queryByRole('link', { name: /top 3/ })).toBeNull() // a round by invitation: no residents' top three
    expect(screen.queryByLabelText('Uitnodigingscode')).toBeNull()
    expect(document.querySelectorAll('textarea')).toHaveLength(0)
  })

  it('links the top three of an open round for residents to that round', async () => {
    await mount({ ...round, byInvitation: false, takesOrganisationAdvice: false }, () => jsonResponse({}, 500))

    expect(screen.getByRole('link', { name: 'Kies uw top 3 onderwerpen voor deze ronde' }).getAttribute('href'))
      .toBe('/prioriteiten?ronde=wijkraden')
  })

  it('opens the advice form only after a valid code and says a wrong code at the code field', async () => {
    await mount(round, (code) => code === 'ABCD-EFGH-JKMN'
      ? jsonResponse({ organisationName: 'Wijkraad Oost' })
      : jsonResponse({ title: 'Controleer wat u heeft ingevuld', status: 400, errors: [{ field: 'code', message: 'Deze code kennen wij niet voor deze ronde.' }] }, 400))
    expect(document.querySelectorAll('textarea')).toHaveLength(0)

    await fireEvent.update(screen.getByLabelText('Uitnodigingscode'), 'FOUT')
    await fireEvent.click(screen.getByRole('button', { name: 'Code controleren' }))
    const error = await screen.findByText('Deze code kennen wij niet voor deze ronde.')
    expect(error.id).toBe('code-error')
    expect(screen.getByLabelText('Uitnodigingscode').getAttribute('aria-describedby')).toBe('code-hint code-error')
    expect(document.querySelectorAll('textarea')).toHaveLength(0)

    await fireEvent.update(screen.getByLabelText('Uitnodigingscode'), 'ABCD-EFGH-JKMN')
    await fireEvent.click(screen.getByRole('button', { name: 'Code controleren' }))

    expect(await screen.findByText('U geeft advies namens Wijkraad Oost.')).toBeTruthy()
    expect(document.querySelectorAll('textarea')).toHaveLength(4)
  })
})

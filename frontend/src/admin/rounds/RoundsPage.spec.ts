import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '@shared/i18n'
import { messages } from '../messages/index'
import RoundsPage from './RoundsPage.vue'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  })
}

function plugins() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] })
  return [createAppI18n(messages), router]
}

const round = {
  id: 5, slug: 'wijkraden-2027', title: 'Wijkraden over veiligheid', doelgroep: 'WIJKRADEN',
  opensAt: '2027-01-10T09:00:00', closesAt: '2027-02-10T09:00:00', byInvitation: true,
}

const velden = [
  { code: '1', name: 'Veilige woon- en leefomgeving', themes: [{ code: '1.4', name: 'Subjectieve veiligheid', description: null }] },
  { code: '3', name: 'Jeugd en veiligheid', themes: [{ code: '3.1', name: 'Jeugdoverlast', description: null }] },
]

describe('RoundsPage', () => {
  it('lists the rounds and shows a new invitation code once, sent with the CSRF token', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const url = String(input)
      if (url === '/api/admin/me') return json({ username: 'beheer', roles: ['BEHEERDER'], csrfToken: 'csrf-123' })
      if (url === '/api/admin/rounds') return json([round])
      if (url.startsWith('/api/v1/themes')) return json(velden)
      return json({ invitationId: 1, organisationId: 2, organisationName: 'Wijkraad Oost', code: 'ABCD-EFGH-JKMN', expiresAt: '2027-02-10T09:00:00' }, 201)
    })
    render(RoundsPage, { global: { plugins: plugins() } })
    expect(await screen.findByText('/rondes/wijkraden-2027')).toBeTruthy()

    await fireEvent.update(screen.getByLabelText('Ronde'), '5')
    await fireEvent.update(screen.getByLabelText('Naam van de organisatie'), 'Wijkraad Oost')
    await fireEvent.click(screen.getByRole('button', { name: 'Code maken' }))

    expect((await screen.findByTestId('invitation-code')).textContent).toBe('ABCD-EFGH-JKMN')
    const post = fetch.mock.calls.find(([url]) => url === '/api/admin/rounds/5/invitations')!
    expect((post[1]!.headers as Record<string, string>)['X-CSRF-Token']).toBe('csrf-123')
  })

  it('shows the server message next to the field of a refused round', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = String(input)
      if (url === '/api/admin/me') return json({ username: 'beheer', roles: ['BEHEERDER'], csrfToken: 'csrf-123' })
      if (url === '/api/admin/rounds' && (init?.method ?? 'GET') === 'GET') return json([])
      if (url.startsWith('/api/v1/themes')) return json(velden)
      return json({ title: 'Controleer wat u heeft ingevuld', status: 400, errors: [{ field: 'slug', message: 'Dit adres is al in gebruik. Kies een ander.' }] }, 400)
    })
    render(RoundsPage, { global: { plugins: plugins() } })
    await screen.findByText('Er zijn nog geen rondes.')

    await fireEvent.click(screen.getByRole('button', { name: 'Ronde aanmaken' }))

    expect(await screen.findByText('Dit adres is al in gebruik. Kies een ander.')).toBeTruthy()
    expect(screen.getByLabelText(/Adres van de pagina/).getAttribute('aria-describedby')).toBe('round-slug-error')
  })

  it('creates a round with the themes picked from the list', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = String(input)
      if (url === '/api/admin/me') return json({ username: 'beheer', roles: ['BEHEERDER'], csrfToken: 'csrf-123' })
      if (url === '/api/admin/rounds' && (init?.method ?? 'GET') === 'GET') return json([])
      if (url.startsWith('/api/v1/themes')) return json(velden)
      return json({ ...round, id: 9 }, 201)
    })
    render(RoundsPage, { global: { plugins: plugins() } })
    await screen.findByText('Er zijn nog geen rondes.')

    await fireEvent.update(screen.getByLabelText('Zoek op code of woord'), 'jeugd')
    await fireEvent.keyDown(screen.getByLabelText('Zoek op code of woord'), { key: 'Enter' })
    await fireEvent.click(screen.getByLabelText('1.4 Subjectieve veiligheid'))
    await fireEvent.click(screen.getByRole('button', { name: 'Ronde aanmaken' }))
    await screen.findByText('/rondes/wijkraden-2027')

    const post = fetch.mock.calls.find(([url, init]) => url === '/api/admin/rounds' && init?.method === 'POST')!
    expect(JSON.parse(String(post[1]!.body)).themeCodes).toEqual(['3.1', '1.4'])
  })
})

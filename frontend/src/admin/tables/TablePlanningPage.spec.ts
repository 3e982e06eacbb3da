import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import { createAppI18n } from '@shared/i18n'
import { messages } from '../messages/index'
import TablePlanningPage from './TablePlanningPage.vue'

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

const velden = [{ code: '3', name: 'Jeugd en veiligheid', themes: [{ code: '3.1', name: 'Jeugdoverlast', description: null }] }]
const planned = {
  id: 4, title: 'Jeugd en veiligheid', startsAt: '2030-05-01T19:30:00', endsAt: '2030-05-01T21:30:00', place: 'Raadzaal',
  capacity: 16, confirmed: 5, waitlisted: 1, themeCodes: ['3.1'], doelgroep: 'PROFESSIONALS', roundId: 7, verslagPublished: false,
}

function mount(answer: (url: string, init?: RequestInit) => Response | undefined) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input)
    const own = answer(url, init)
    if (own) return own
    if (url === '/api/admin/me') return json({ username: 'fien', roles: ['FACILITATOR'], csrfToken: 'csrf-9' })
    if (url.startsWith('/api/v1/themes')) return json(velden)
    if (url === '/api/admin/rounds') return json({ title: 'Geen toegang', status: 403 }, 403)
    if (url === '/api/v1/rounds') return json([{ id: 7, title: 'Veilig 2027', slug: 'v', doelgroep: 'IEDEREEN', opensAt: '', closesAt: '' }])
    if (url === '/api/admin/tables') return json([planned])
    return json({}, 404)
  })
  render(TablePlanningPage, { global: { plugins: [pinia, createAppI18n(messages)] } })
  return fetch
}

describe('TablePlanningPage', () => {
  it('lists the sessions with the seats taken and fills the form to change one', async () => {
    mount(() => undefined)
    expect(await screen.findByText('5 van 16 bezet, 1 op de wachtlijst')).toBeTruthy()

    await fireEvent.click(screen.getByRole('button', { name: 'Wijzig Jeugd en veiligheid' }))

    expect(screen.getByRole('heading', { name: 'Thematafel wijzigen: Jeugd en veiligheid' })).toBeTruthy()
    expect((screen.getByLabelText('Datum') as HTMLInputElement).value).toBe('2030-05-01')
    expect((screen.getByLabelText('Begintijd') as HTMLInputElement).value).toBe('19:30')
    expect((screen.getByLabelText('Voor wie is de thematafel?') as HTMLSelectElement).value).toBe('PROFESSIONALS')
    expect((screen.getByLabelText('Hoort bij ronde (niet verplicht)') as HTMLSelectElement).value).toBe('7')
    expect((screen.getByLabelText('3.1 Jeugdoverlast') as HTMLInputElement).checked).toBe(true)
  })

  it('shows refusals at their fields and keeps what was typed', async () => {
    const fetch = mount((url, init) =>
      url === '/api/admin/tables' && init?.method === 'POST'
        ? json({ title: 'Controleer', status: 400, errors: [
          { field: 'capacity', message: 'Vul het aantal plaatsen in: van 1 tot 500.' },
          { field: 'themeCodes', message: 'Kies minstens één thema.' },
        ] }, 400)
        : undefined)
    await screen.findByText('5 van 16 bezet, 1 op de wachtlijst')
    await fireEvent.update(screen.getByLabelText('Titel'), 'Ondermijning')
    await fireEvent.update(screen.getByLabelText('Datum'), '2030-06-02')
    await fireEvent.update(screen.getByLabelText('Begintijd'), '14:00')
    await fireEvent.update(screen.getByLabelText('Eindtijd'), '16:00')

    await fireEvent.click(screen.getByRole('button', { name: 'Thematafel plannen' }))

    expect((await screen.findByText('Vul het aantal plaatsen in: van 1 tot 500.')).id).toBe('plan-capacity-error')
    expect(screen.getByLabelText('Aantal plaatsen').getAttribute('aria-describedby')).toBe('plan-capacity-error')
    expect(document.getElementById('plan-themeCodes-error')!.textContent).toBe('Kies minstens één thema.')
    expect((screen.getByLabelText('Titel') as HTMLInputElement).value).toBe('Ondermijning')
    const post = fetch.mock.calls.find(([url, init]) => url === '/api/admin/tables' && init?.method === 'POST')!
    expect(JSON.parse(String(post[1]!.body))).toMatchObject({ title: 'Ondermijning', startsAt: '2030-06-02T14:00:00', endsAt: '2030-06-02T16:00:00' })
    expect((post[1]!.headers as Record<string, string>)['X-CSRF-Token']).toBe('csrf-9')
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import type { Router } from 'vue-router'
import GiveInputPage from './GiveInputPage.vue'
import { jsonResponse, portalPlugins, velden } from '../testing'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  sessionStorage.clear()
})

const proposal = { code: '3.1', name: 'Jeugdoverlast', description: 'o.a. hangjongeren' }

function mockServer(onPost: (init: RequestInit) => Response) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input)
    if (url.startsWith('/api/v1/themes')) return jsonResponse(velden)
    if (url.startsWith('/api/v1/areas')) return jsonResponse([{ code: 'centrum', name: 'Centrum', gemeente: 'Veenendijk' }])
    if (url.startsWith('/api/v1/theme-suggestions')) return jsonResponse([proposal])
    return onPost(init ?? {})
  })
}

async function fillIn() {
  await fireEvent.click(await screen.findByLabelText(/Jeugdoverlast/))
  await fireEvent.update(screen.getByLabelText('Wat speelt er?'), 'Hangjongeren bij de school')
  await fireEvent.click(screen.getByLabelText('Inwoner'))
}

describe('GiveInputPage', () => {
  it('shows the problem next to the field before anything is sent', async () => {
    const fetch = mockServer(() => jsonResponse({}, 500))
    render(GiveInputPage, { global: { plugins: portalPlugins() } })
    await screen.findByLabelText(/Jeugdoverlast/)

    await fireEvent.click(screen.getByRole('button', { name: 'Bekijk uw inbreng' }))

    const problem = screen.getByLabelText('Wat speelt er?')
    expect(problem.getAttribute('aria-invalid')).toBe('true')
    expect(problem.getAttribute('aria-describedby')).toContain('err-problem')
    expect(document.getElementById('err-problem')?.textContent).toBe('Vul in wat er speelt.')
    expect(fetch).not.toHaveBeenCalledWith('/api/v1/submissions', expect.anything())
  })

  it('keeps everything typed and shows the server message next to the field when the server refuses', async () => {
    mockServer(() =>
      jsonResponse({ title: 'Controleer wat u heeft ingevuld', status: 400, errors: [{ field: 'areaCode', message: 'Kies een wijk of kern uit de lijst, of laat dit leeg.' }] }, 400),
    )
    render(GiveInputPage, { global: { plugins: portalPlugins() } })
    await fillIn()
    await fireEvent.click(screen.getByRole('button', { name: 'Bekijk uw inbreng' }))
    await fireEvent.click(await screen.findByRole('button', { name: 'Versturen' }))

    await screen.findByTestId('error-summary')
    expect(document.getElementById('err-areaCode')?.textContent).toBe('Kies een wijk of kern uit de lijst, of laat dit leeg.')
    expect((screen.getByLabelText('Wat speelt er?') as HTMLTextAreaElement).value).toBe('Hangjongeren bij de school')
    expect((document.getElementById('theme-3.1') as HTMLInputElement).checked).toBe(true)
    expect(screen.getByLabelText(/Waar is het/).getAttribute('aria-describedby')).toContain('err-areaCode')
  })

  it('shows the receipt after a preview and sends an Idempotency-Key', async () => {
    const fetch = mockServer(() => jsonResponse({ id: 7, receipt: 'K7QM-3XHD-R9TB' }, 201))
    render(GiveInputPage, { global: { plugins: portalPlugins() } })
    await fillIn()
    await fireEvent.click(screen.getByRole('button', { name: 'Bekijk uw inbreng' }))
    expect(await screen.findByText('Hangjongeren bij de school')).toBeTruthy()

    await fireEvent.click(screen.getByRole('button', { name: 'Versturen' }))

    expect((await screen.findByTestId('receipt')).textContent).toBe('K7QM-3XHD-R9TB')
    const post = fetch.mock.calls.find(([url]) => url === '/api/v1/submissions')!
    expect((post[1]!.headers as Record<string, string>)['Idempotency-Key']).toBeTruthy()
  })
})

describe('GiveInputPage, describe first', () => {
  it('proposes themes for what was written and takes the one the resident ticks', async () => {
    const fetch = mockServer(() => jsonResponse({ id: 7, receipt: 'K7QM-3XHD-R9TB' }, 201))
    render(GiveInputPage, { global: { plugins: portalPlugins() } })
    const problem = await screen.findByLabelText('Wat speelt er?')
    expect(screen.getByRole('button', { name: 'Kies zelf uit alle onderwerpen' }).getAttribute('aria-expanded')).toBe('false')

    await fireEvent.update(problem, 'Elke avond hangen jongeren bij de school rond')
    await fireEvent.change(problem)
    await screen.findByTestId('proposals')
    await fireEvent.click(document.getElementById('proposal-3.1')!)
    await fireEvent.click(screen.getByLabelText('Inwoner'))
    await fireEvent.click(screen.getByRole('button', { name: 'Bekijk uw inbreng' }))
    await fireEvent.click(await screen.findByRole('button', { name: 'Versturen' }))

    await screen.findByTestId('receipt')
    const asked = fetch.mock.calls.find(([url]) => String(url).startsWith('/api/v1/theme-suggestions'))!
    expect(JSON.parse(String(asked[1]!.body))).toEqual({ problem: 'Elke avond hangen jongeren bij de school rond', solution: '' })
    const post = fetch.mock.calls.find(([url]) => url === '/api/v1/submissions')!
    expect(JSON.parse(String(post[1]!.body)).themeCodes).toEqual(['3.1'])
  })

  it('lists every error as a link at the top and moves focus there', async () => {
    mockServer(() => jsonResponse({}, 500))
    render(GiveInputPage, { global: { plugins: portalPlugins() } })
    await screen.findByLabelText('Wat speelt er?')
    await fireEvent.update(screen.getByLabelText('E-mailadres'), 'naam@voorbeeld')

    await fireEvent.click(screen.getByRole('button', { name: 'Bekijk uw inbreng' }))

    const summary = await screen.findByTestId('error-summary')
    await vi.waitFor(() => expect(document.activeElement).toBe(summary))
    const links = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))
    expect(links).toEqual(['#problem', '#themes', '#who', '#contact-email', '#consent'])
    expect(document.getElementById('err-contact.email')?.textContent).toBe('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.')

    await fireEvent.click(summary.querySelector('a[href="#themes"]')!)
    expect(document.activeElement?.getAttribute('type')).toBe('checkbox')
  })

  it('shows the receipt again after a reload in the same tab', async () => {
    mockServer(() => jsonResponse({ id: 7, receipt: 'K7QM-3XHD-R9TB' }, 201))
    const plugins = portalPlugins()
    render(GiveInputPage, { global: { plugins } })
    await fillIn()
    await fireEvent.click(screen.getByRole('button', { name: 'Bekijk uw inbreng' }))
    await fireEvent.click(await screen.findByRole('button', { name: 'Versturen' }))
    await screen.findByTestId('receipt')
    await vi.waitFor(() => expect((plugins[1] as Router).currentRoute.value.query.ontvangen).toBe('1'))
    cleanup()

    const again = portalPlugins()
    await (again[1] as Router).push('/inbreng?ontvangen=1')
    render(GiveInputPage, { global: { plugins: again } })

    expect((await screen.findByTestId('receipt')).textContent).toBe('K7QM-3XHD-R9TB')
  })
})

describe('GiveInputPage for a round', () => {
  const roundPage = {
    id: 42, slug: 'wijkraden-2027', title: 'Wijkraden over veiligheid', doelgroep: 'WIJKRADEN', intro: null,
    opensAt: '2026-01-01T09:00:00', closesAt: '2099-01-01T09:00:00', byInvitation: false, themeCodes: ['3.1'],
  }

  async function renderFor(state: string) {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const url = String(input)
      if (url.startsWith('/api/v1/themes')) return jsonResponse(velden)
      if (url.startsWith('/api/v1/areas')) return jsonResponse([])
      if (url.startsWith('/api/v1/rounds/wijkraden-2027')) return jsonResponse({ ...roundPage, state })
      return jsonResponse({ id: 8, receipt: 'K7QM-3XHD-R9TB' }, 201)
    })
    const plugins = portalPlugins()
    await (plugins[1] as Router).push('/inbreng?ronde=wijkraden-2027')
    render(GiveInputPage, { global: { plugins } })
    return fetch
  }

  it('shows only the theme cards of an open round and sends its roundId', async () => {
    const fetch = await renderFor('OPEN')

    expect((await screen.findByTestId('round-notice')).textContent).toContain('Wijkraden over veiligheid')
    expect(screen.getByLabelText(/Jeugdoverlast/)).toBeTruthy()
    expect(screen.queryByLabelText(/Fysieke kwaliteit/)).toBeNull()

    await fillIn()
    await fireEvent.click(screen.getByRole('button', { name: 'Bekijk uw inbreng' }))
    await fireEvent.click(await screen.findByRole('button', { name: 'Versturen' }))
    await screen.findByTestId('receipt')
    const post = fetch.mock.calls.find(([url]) => url === '/api/v1/submissions')!
    expect(JSON.parse(String(post[1]!.body)).roundId).toBe(42)
  })

  it('says a closed round is closed and keeps every theme without a round', async () => {
    await renderFor('CLOSED')

    expect(await screen.findByText(/is gesloten sinds/)).toBeTruthy()
    expect(await screen.findByLabelText(/Fysieke kwaliteit/)).toBeTruthy()
    expect(screen.queryByTestId('round-notice')).toBeNull()
  })
})

describe('GiveInputPage without a round', () => {
  const open = [
    { id: 1, slug: 'iedereen', title: 'Veilig Veenendijk', doelgroep: 'IEDEREEN', opensAt: '', closesAt: '',
      themeCodes: [], byInvitation: false, respondentTypes: ['INWONER', 'ONDERNEMER'] },
    { id: 2, slug: 'ondernemers', title: 'Ondernemers over veiligheid', doelgroep: 'ONDERNEMERS', opensAt: '',
      closesAt: '', themeCodes: [], byInvitation: false, respondentTypes: ['ONDERNEMER'] },
  ]

  function serverWithRounds() {
    return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const url = String(input)
      if (url.startsWith('/api/v1/themes')) return jsonResponse(velden)
      if (url.startsWith('/api/v1/areas')) return jsonResponse([])
      if (url === '/api/v1/rounds') return jsonResponse(open)
      return jsonResponse({ id: 9, receipt: 'K7QM-3XHD-R9TB' }, 201)
    })
  }

  it('asks nothing when one round is open for the visitor and leaves the round to the server', async () => {
    const fetch = serverWithRounds()
    render(GiveInputPage, { global: { plugins: portalPlugins() } })
    await fillIn()

    expect(screen.queryByTestId('round-choice')).toBeNull()
    await fireEvent.click(screen.getByRole('button', { name: 'Bekijk uw inbreng' }))
    await fireEvent.click(await screen.findByRole('button', { name: 'Versturen' }))
    await screen.findByTestId('receipt')
    const post = fetch.mock.calls.find(([url]) => url === '/api/v1/submissions')!
    expect(JSON.parse(String(post[1]!.body)).roundId).toBeUndefined()
  })

  it('lets the visitor choose when several rounds are open for their group and sends that round', async () => {
    const fetch = serverWithRounds()
    render(GiveInputPage, { global: { plugins: portalPlugins() } })
    await fillIn()
    await fireEvent.click(screen.getByLabelText('Ondernemer'))

    expect(await screen.findByTestId('round-choice')).toBeTruthy()
    await fireEvent.click(screen.getByLabelText('Ondernemers over veiligheid'))
    await fireEvent.click(screen.getByRole('button', { name: 'Bekijk uw inbreng' }))
    expect(await screen.findByText('Ondernemers over veiligheid')).toBeTruthy()
    await fireEvent.click(screen.getByRole('button', { name: 'Versturen' }))
    await screen.findByTestId('receipt')
    const post = fetch.mock.calls.find(([url]) => url === '/api/v1/submissions')!
    expect(JSON.parse(String(post[1]!.body)).roundId).toBe(2)
    // the top three that follows counts in the same round
    expect(screen.getByRole('link', { name: /top 3/ }).getAttribute('href')).toBe('/prioriteiten?ronde=ondernemers')
  })
})

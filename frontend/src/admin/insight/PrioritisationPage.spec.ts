import { toasts } from '@shared/toasts'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '@shared/i18n'
import { setCsrfToken } from '@shared/api'
import { messages } from '../messages/index'
import PrioritisationPage from './PrioritisationPage.vue'
import RoundSummaryPage from './RoundSummaryPage.vue'

function plugins() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] })
  return [createAppI18n(messages), router, createPinia()]
}

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

const link = (extra = '') => `/api/admin/submissions?theme=3.1&status=NIEUW,BEOORDEELD,SAMENGEVOEGD${extra}`
const theme = (weight: number) => ({
  code: '3.1', name: 'Overlast jongeren', veldCode: '3', score: Math.round(80 * weight), baseScore: 80, weight,
  manualWeight: weight === 1 ? null : { weight, reason: 'Politie ziet toename', scope: 'ALLE_RONDES', setAt: '2026-11-01T10:00:00' },
  inputs: 1, votes: 2, votePoints: 5, adviceInputs: 1, tableInputs: 1, professionalInputs: 0, organisationPoints: 6, advice: 7,
  groups: { PROFESSIONAL: { inputs: 1, votePoints: 0, inputsLink: link('&respondentType=PROFESSIONAL') }, ORGANISATIE: { inputs: 1, votePoints: 3 } },
  organisationVotes: [{ organisation: 'Wijkraad Noord', kind: 'WIJKRAAD', rank: 1, points: 3, constituencySize: 1000, constituencyUnit: 'HUISHOUDENS', factor: 2, weightedPoints: 6 }],
  inputsLink: link(), tableInputsLink: link('&channel=THEMATAFEL'), professionalInputsLink: link('&respondentType=PROFESSIONAL'),
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  setCsrfToken('')
})

describe('PrioritisationPage', () => {
  it('links figures to the inbox, lists organisations and saves a manual weight with its reason', async () => {
    let weight = 1
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = String(input)
      if (url === '/api/admin/insight/options') return json({ rounds: [], themes: [], channels: [], areas: [] })
      if (url === '/api/admin/me') return json({ csrfToken: 'tok' })
      if (url === '/api/admin/prioritisation/weights') {
        weight = JSON.parse(String(init?.body)).weight
        return json({ weight })
      }
      return json({ round: null, formula: 'score = …', maxima: { inputs: 1, votePoints: 5, advice: 7 }, themes: [theme(weight)] })
    })
    render(PrioritisationPage, { global: { plugins: plugins() } })

    const inputs = await screen.findByRole('link', { name: /inbrengen over Overlast jongeren/ })
    expect(inputs.getAttribute('href')).toBe('/inbox?theme=3.1&status=NIEUW,BEOORDEELD,SAMENGEVOEGD')
    expect(screen.getByText('Wijkraad Noord')).toBeTruthy()
    expect(screen.getByRole('columnheader', { name: 'Wijkraden en organisaties' })).toBeTruthy()

    await fireEvent.click(screen.getByRole('button', { name: /Gewicht aanpassen/ }))
    await fireEvent.update(screen.getByLabelText('Gewicht (0,5 tot en met 2)'), '1.5')
    await fireEvent.update(screen.getByLabelText('Waarom? (kort, zonder namen)'), 'Politie ziet toename')
    await fireEvent.click(screen.getByRole('button', { name: 'Gewicht opslaan' }))

    // the answer appears in the app's toast region (App.vue), announced to screen readers
    await vi.waitFor(() => expect(toasts[0]?.text).toMatch(/De scores zijn opnieuw berekend/))
    const put = fetch.mock.calls.find(([url]) => url === '/api/admin/prioritisation/weights')
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({ themeCode: '3.1', weight: 1.5, reason: 'Politie ziet toename' })
    expect(within(screen.getByTestId('prio-table')).getByTestId('score').textContent).toBe('120')
  })
})

describe('RoundSummaryPage', () => {
  const empty = { mailConfigured: false, waiting: 0, sent: 0, failed: 0, lapsed: 0, notYetQueued: 3 }
  const proposal = (byMe: boolean) => ({
    roundId: 4, published: null, feedback: empty,
    proposal: { text: 'Eerste alinea.\n\nTweede alinea.', proposedBy: 'anna', proposedAt: '2026-11-22T07:00:00', byMe, suspects: [] },
  })

  it('previews paragraphs, proposes the text and does not offer the proposer to publish it', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = String(input)
      if (url === '/api/admin/insight/options') return json({ rounds: [{ value: '4', label: 'Ronde 4' }], themes: [], channels: [], areas: [] })
      if (url === '/api/admin/me') return json({ csrfToken: 'tok' })
      if (url === '/api/admin/rounds/4/summary' && init?.method === 'PUT') return json(proposal(true))
      return json({ roundId: 4, proposal: null, published: null, feedback: empty })
    })
    render(RoundSummaryPage, { global: { plugins: plugins() } })

    await screen.findByRole('option', { name: 'Ronde 4' })
    await fireEvent.update(screen.getByLabelText('Kies een ronde'), '4')
    expect(await screen.findByText(/nog niets gepubliceerd/)).toBeTruthy()
    expect(screen.getByTestId('summary-mail-off').textContent).toContain('3 inwoners')
    await fireEvent.update(screen.getByLabelText('Tekst voor inwoners'), 'Eerste alinea.\n\nTweede alinea.')
    expect(within(screen.getByTestId('summary-preview')).getAllByText(/alinea\./)).toHaveLength(2)
    await fireEvent.click(screen.getByRole('button', { name: 'Voorstel opslaan' }))

    expect(await screen.findByText(/Vraag een andere beheerder om het te publiceren/)).toBeTruthy()
    const put = fetch.mock.calls.find(([url, init]) => url === '/api/admin/rounds/4/summary' && init?.method === 'PUT')
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({ text: 'Eerste alinea.\n\nTweede alinea.' })
    expect(screen.getByTestId('summary-own-proposal')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Nagelezen: publiceren' })).toBeNull()
  })

  it('offers another beheerder to publish the waiting proposal', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = String(input)
      if (url === '/api/admin/insight/options') return json({ rounds: [{ value: '4', label: 'Ronde 4' }], themes: [], channels: [], areas: [] })
      if (url === '/api/admin/me') return json({ csrfToken: 'tok' })
      if (url.endsWith('/publish')) return json({ mailsQueued: 3, mailConfigured: false })
      return json(proposal(false))
    })
    render(RoundSummaryPage, { global: { plugins: plugins() } })

    await screen.findByRole('option', { name: 'Ronde 4' })
    await fireEvent.update(screen.getByLabelText('Kies een ronde'), '4')
    await fireEvent.click(await screen.findByRole('button', { name: 'Nagelezen: publiceren' }))

    expect(await screen.findByText('De samenvatting staat op de website.')).toBeTruthy()
    expect(fetch.mock.calls.some(([url, init]) => url === '/api/admin/rounds/4/summary/publish' && init?.method === 'POST')).toBe(true)
  })
})

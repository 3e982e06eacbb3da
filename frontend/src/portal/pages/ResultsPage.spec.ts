import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen } from '@testing-library/vue'
import ResultsPage from './ResultsPage.vue'
import { jsonResponse, portalPlugins } from '../testing'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('ResultsPage', () => {
  it('keeps the honest empty state while no summary is approved', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => jsonResponse([]))
    render(ResultsPage, { global: { plugins: portalPlugins() } })

    expect(await screen.findByTestId('results-empty')).toBeTruthy()
    expect(screen.queryByTestId('round-summary')).toBeNull()
  })

  it('shows each approved summary under its round title, one paragraph per block', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () =>
      jsonResponse([{ roundId: 4, roundTitle: 'Veilig Veenendijk 2027', text: 'Eerst hondenpoep.\n\nDaarna verkeer.', approvedAt: '2026-11-20T10:00:00' }]),
    )
    render(ResultsPage, { global: { plugins: portalPlugins() } })

    expect(await screen.findByRole('heading', { name: 'Veilig Veenendijk 2027' })).toBeTruthy()
    expect(screen.getByText('Eerst hondenpoep.')).toBeTruthy()
    expect(screen.getByText('Daarna verkeer.')).toBeTruthy()
    expect(screen.queryByTestId('results-empty')).toBeNull()
  })

  it('says the summary was published, not decided, and shows the council decision only once entered', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () =>
      jsonResponse([
        { roundId: 4, roundTitle: 'Ronde met besluit', text: 'Eerst verkeer.', approvedAt: '2026-11-20T10:00:00',
          councilDecision: 'De raad stelde het plan vast.', councilDecidedOn: '2026-12-01' },
        { roundId: 5, roundTitle: 'Ronde zonder besluit', text: 'Eerst jeugd.', approvedAt: '2026-11-21T10:00:00',
          councilDecision: null, councilDecidedOn: null },
      ]),
    )
    render(ResultsPage, { global: { plugins: portalPlugins() } })

    expect(await screen.findByText('Gepubliceerd op 20 november 2026')).toBeTruthy()
    expect(screen.queryByText(/Vastgesteld/)).toBeNull()
    expect(screen.getAllByTestId('council-decision')).toHaveLength(1)
    expect(screen.getByRole('heading', { name: 'Besluit van de gemeenteraad op 1 december 2026' })).toBeTruthy()
    expect(screen.getByText('De raad stelde het plan vast.')).toBeTruthy()
  })
})

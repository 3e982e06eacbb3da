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
})

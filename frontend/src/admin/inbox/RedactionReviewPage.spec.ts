import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen } from '@testing-library/vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '@shared/i18n'
import { messages } from '../messages/index'
import RedactionReviewPage from './RedactionReviewPage.vue'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })
}

function plugins() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }],
  })
  return [createAppI18n(messages), router]
}

const piece = (start: number, end: number, text: string) => ({ field: 'problem', start, end, kind: 'NAAM', text, kept: false })

describe('RedactionReviewPage', () => {
  it('heads each card with its input, linked, and explains the keys once for the whole list', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const url = String(input)
      if (url.startsWith('/api/admin/insight/options')) return json({ rounds: [] })
      if (url.startsWith('/api/admin/redaction-review')) {
        return json({ total: 2, reviewed: 0, items: [
          { id: 7, problem: 'Buurman Jansen belt.', solution: null },
          { id: 9, problem: 'Mevrouw Pietersen fietst.', solution: null },
        ] })
      }
      if (url.includes('/7/')) return json([piece(8, 14, 'Jansen')])
      return json([piece(8, 17, 'Pietersen')])
    })
    render(RedactionReviewPage, { global: { plugins: plugins() } })

    const heading = await screen.findByRole('heading', { level: 2, name: 'Inbreng 7' })
    expect(heading.querySelector('a')?.getAttribute('href')).toBe('/inbreng/7')
    expect(screen.getByRole('heading', { level: 2, name: 'Inbreng 9' })).toBeTruthy()
    expect(screen.queryByRole('heading', { name: 'Persoonsgegevens' })).toBeNull()
    await screen.findAllByTestId('suspect')
    expect(screen.getAllByText(/Sneltoetsen op een gemarkeerd stuk/)).toHaveLength(1)
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '@shared/i18n'
import { messages } from '../messages/index'
import ReviewQueuePage from './ReviewQueuePage.vue'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

function plugins() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/inbreng/:id', name: 'submission', component: { template: '<div />' } },
      { path: '/:p(.*)*', component: { template: '<div />' } },
    ],
  })
  return [createAppI18n(messages), router]
}

const item = (id: number, problem: string) => ({
  id, problem, themeCodes: [], channel: 'PAPIER', respondentType: 'INWONER', status: 'NIEUW',
  createdAt: '2027-01-10T09:00:00', count: 1,
})
const velden = [{ code: '1', name: 'Veilige woon- en leefomgeving', themes: [{ code: '1.2', name: 'Woninginbraak' }, { code: '3.1', name: 'Drugs' }] }]

describe('ReviewQueuePage', () => {
  it('asks the oldest "Weet ik niet" inputs, accepts a suggestion with one click and moves focus to the next input', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = String(input)
      if (url.startsWith('/api/v1/themes')) return json(velden)
      if (url.startsWith('/api/admin/submissions?')) return json({ total: 2, items: [item(7, 'Inbraak in de schuur.'), item(9, 'Dealen bij de markt.')] })
      if (url.endsWith('/theme-suggestions')) return json([{ code: '1.2', score: 0.81 }, { code: '3.1', score: 0.12 }])
      if (url === '/api/admin/submissions/7/themes' && init?.method === 'PUT') return json({ id: 7, primary: '1.2', status: 'BEOORDEELD' })
      return json({}, 404)
    })
    render(ReviewQueuePage, { global: { plugins: plugins() } })

    const choose = (await screen.findAllByRole('button', { name: 'Kies 1.2 Woninginbraak (score 0,81)' }))[0]
    const query = String(fetch.mock.calls.find(([url]) => String(url).startsWith('/api/admin/submissions?'))![0])
    expect(query).toContain('unsure=true')
    expect(query).toContain('sort=oldest')

    await fireEvent.click(choose)

    expect(await screen.findByText('Inbreng #7 heeft nu het thema 1.2 Woninginbraak.')).toBeTruthy()
    const put = fetch.mock.calls.find(([url]) => url === '/api/admin/submissions/7/themes')!
    expect(JSON.parse(String(put[1]!.body))).toEqual({ primary: '1.2', secondary: [] })
    expect(screen.queryByRole('heading', { name: 'Inbreng #7' })).toBeNull()
    await waitFor(() => expect(document.activeElement?.id).toBe('review-9'))
    expect(screen.getByText('Nog 1 inbreng te beoordelen')).toBeTruthy()
  })
})

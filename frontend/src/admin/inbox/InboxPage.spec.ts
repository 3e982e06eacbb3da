import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createPinia } from 'pinia'
import { createAppI18n } from '@shared/i18n'
import { messages } from '../messages/index'
import InboxPage from './InboxPage.vue'

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
  // The export panel under the list reads the signed-in user's roles from the session store.
  return [createAppI18n(messages), router, createPinia()]
}

const item = (id: number, count = 1) => ({
  id, problem: `Tekst ${id}`, themeCodes: ['1.2'], channel: 'ONLINE', respondentType: 'INWONER', status: 'NIEUW',
  createdAt: '2027-01-10T09:00:00', count,
})

describe('InboxPage bulk actions and merged inputs', () => {
  it('selects the whole page, confirms the count, hides through the bulk API and announces the result', async () => {
    // The index may lag behind: the inbox keeps answering with the old rows, so the page must apply the outcome itself.
    const items = [item(1, 3), item(2), item(3)]
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = String(input)
      if (url.startsWith('/api/v1/')) return json([])
      if (url.startsWith('/api/admin/submissions?')) return json({ total: items.length, items })
      if (url === '/api/admin/submissions/bulk' && init?.method === 'POST') {
        return json({ changed: [1, 2], skipped: [{ id: 3, reason: 'Deze inbreng kunt u niet meer aanpassen' }] })
      }
      return json({}, 404)
    })
    render(InboxPage, { global: { plugins: plugins() } })
    expect((await screen.findByTestId('count-1')).textContent).toBe('×3')

    await fireEvent.click(screen.getByLabelText('Kies alle inbreng op deze pagina'))
    expect(screen.getByText('3 inbreng gekozen')).toBeTruthy()
    await fireEvent.update(screen.getByLabelText('Actie'), 'HIDE')
    await fireEvent.click(screen.getByRole('button', { name: 'Uitvoeren' }))
    expect(await screen.findByText('Kies een reden om te verbergen.')).toBeTruthy()
    await fireEvent.update(screen.getByLabelText('Reden om te verbergen'), 'DUBBEL')
    await fireEvent.click(screen.getByRole('button', { name: 'Uitvoeren' }))
    expect(screen.getByText('U gaat 3 inbreng verbergen. Weet u het zeker?')).toBeTruthy()
    expect(fetch.mock.calls.some(([url]) => url === '/api/admin/submissions/bulk')).toBe(false)

    await fireEvent.click(screen.getByRole('button', { name: 'Ja, uitvoeren' }))

    const result = await screen.findByText(/^Klaar: 2 inbreng aangepast\. 1 overgeslagen: #3: Deze inbreng kunt u niet meer aanpassen$/)
    expect(result.getAttribute('role')).toBe('status')
    const post = fetch.mock.calls.find(([url]) => url === '/api/admin/submissions/bulk')!
    expect(JSON.parse(String(post[1]!.body))).toEqual({ ids: [1, 2, 3], action: 'HIDE', reasonCode: 'DUBBEL' })
    expect(screen.queryByLabelText('Kies inbreng #1')).toBeNull()
    expect(screen.queryByLabelText('Kies inbreng #2')).toBeNull()
    expect(screen.getByLabelText('Kies inbreng #3')).toBeTruthy()
    expect(screen.getByText('1 resultaat')).toBeTruthy()
  })
})

describe('InboxPage facets', () => {
  it('filters on a facet with one click and lifts the filter with a second', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const url = String(input)
      if (url.startsWith('/api/v1/')) return json([])
      if (url.startsWith('/api/admin/submissions?')) {
        return json({ total: 1, items: [item(1)], facets: { channel: { MARKTKRAAM: 4, ONLINE: 9 } } })
      }
      return json({}, 404)
    })
    render(InboxPage, { global: { plugins: plugins() } })
    const stall = await screen.findByTestId('facet-channel-MARKTKRAAM')
    expect(stall.textContent).toContain('Marktkraam')

    await fireEvent.click(stall)

    await vi.waitFor(() => expect(fetch.mock.calls.some(([url]) => String(url).includes('channel=MARKTKRAAM'))).toBe(true))
    expect((await screen.findByTestId('facet-channel-MARKTKRAAM')).getAttribute('aria-pressed')).toBe('true')
    const calls = fetch.mock.calls.length
    await fireEvent.click(screen.getByTestId('facet-channel-MARKTKRAAM'))
    await vi.waitFor(() => expect(fetch.mock.calls.length).toBeGreaterThan(calls))
    expect(String(fetch.mock.calls[fetch.mock.calls.length - 1][0])).not.toContain('channel=')
  })
})

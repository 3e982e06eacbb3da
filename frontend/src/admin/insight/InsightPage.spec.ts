import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '@shared/i18n'
import { resetCsrfForTests } from '@shared/api/insight'
import { messages } from '../messages/index'
import InsightPage from './InsightPage.vue'

function plugins() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] })
  return [createAppI18n(messages), router]
}

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })
}

const cluster = (id: number, label: string, members: number[]) => ({
  id, label, size: members.length, summary: '', summarySentences: [{ text: `Zin over ${label}.`, sourceIds: [members[0]] }],
  keyPhrases: [label.toLowerCase()], memberIds: members, representativeIds: [members[0]], overig: false, themeCode: null,
  breakdown: { channel: { ONLINE: members.length }, area: {}, respondentType: {} },
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  resetCsrfForTests()
})

function server() {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input)
    if (url === '/api/admin/insight/options') return json({ rounds: [{ value: '4', label: 'Ronde 4' }], themes: [], channels: [], areas: [] })
    if (url === '/api/admin/me') return json({ csrfToken: 'tok' })
    if (url === '/api/admin/clusterings') return json({ id: 9, total: 5, clusters: [cluster(1, 'Hondenpoep', [11, 12]), cluster(2, 'Hangjongeren', [13, 14]), cluster(3, 'Verkeer', [15])], nearDuplicates: [] })
    if (url.endsWith('/clusters/1')) return json({ id: 1, label: JSON.parse(String(init?.body)).label, pinned: false, size: 2, memberIds: [11, 12] })
    if (url.endsWith('/merges')) return json({ id: 1, label: 'Poep op de stoep', pinned: false, size: 4, memberIds: [11, 12, 13, 14] })
    return json({})
  })
}

describe('InsightPage', () => {
  it('runs a clustering and links summary sentences to their inputs', async () => {
    server()
    render(InsightPage, { global: { plugins: plugins() } })

    await fireEvent.click(screen.getByRole('button', { name: 'Maak groepen' }))

    expect(await screen.findByText('5 inbrengen in 3 groepen.')).toBeTruthy()
    const first = screen.getAllByTestId('cluster')[0]
    expect(within(first).getByRole('heading', { name: 'Hondenpoep' })).toBeTruthy()
    expect(within(first).getAllByRole('link', { name: '#11' })[0].getAttribute('href')).toBe('/admin/inbreng/11')
  })

  it('renames inline and merges exactly two chosen groups', async () => {
    const fetch = server()
    render(InsightPage, { global: { plugins: plugins() } })
    await fireEvent.click(screen.getByRole('button', { name: 'Maak groepen' }))
    await screen.findByText('5 inbrengen in 3 groepen.')

    await fireEvent.click(screen.getByRole('button', { name: 'Naam wijzigen: Hondenpoep' }))
    await fireEvent.update(screen.getByLabelText('Nieuwe naam voor Hondenpoep'), 'Poep op de stoep')
    await fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }))
    expect(await screen.findByRole('heading', { name: 'Poep op de stoep' })).toBeTruthy()

    const merge = screen.getByRole('button', { name: 'Voeg de twee gekozen groepen samen' })
    expect((merge as HTMLButtonElement).disabled).toBe(true)
    await fireEvent.click(screen.getByLabelText('Kies Poep op de stoep om samen te voegen'))
    await fireEvent.click(screen.getByLabelText('Kies Hangjongeren om samen te voegen'))
    await fireEvent.click(merge)

    expect(await screen.findByText('De groepen zijn samengevoegd.')).toBeTruthy()
    expect(screen.getAllByTestId('cluster')).toHaveLength(2)
    const mergeCall = fetch.mock.calls.find(([url]) => String(url).endsWith('/merges'))!
    expect(JSON.parse(String(mergeCall[1]?.body))).toEqual({ clusterIds: [1, 2] })
  })
})

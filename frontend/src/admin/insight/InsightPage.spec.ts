import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '@shared/i18n'
import { setCsrfToken } from '@shared/api'
import { messages } from '../messages/index'
import InsightPage from './InsightPage.vue'

function plugins() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] })
  return [createAppI18n(messages), router]
}

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })
}

interface FakeCluster {
  id: number
  label: string
  members: number[]
  pinned?: boolean
  fresh?: number[]
}

const view = (cluster: FakeCluster) => ({
  id: cluster.id, label: cluster.label, size: cluster.members.length, summary: '',
  summarySentences: [{ text: `Zin over ${cluster.label}.`, sourceIds: [cluster.members[0]] }],
  keyPhrases: [cluster.label.toLowerCase()], memberIds: cluster.members, representativeIds: [cluster.members[0]],
  overig: false, themeCode: null, breakdown: { channel: { ONLINE: cluster.members.length }, area: {}, respondentType: {} },
  pinned: cluster.pinned ?? false, newMemberIds: cluster.fresh ?? [],
  members: cluster.members.map((id) => ({ id, excerpt: `Tekst ${id}`, isNew: (cluster.fresh ?? []).includes(id) })),
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  setCsrfToken('')
})

/** A small stateful stand-in for the clusterings API: every change is visible in the next GET. */
function server(unassigned = 0) {
  let clusters: FakeCluster[] = [
    { id: 1, label: 'Hondenpoep', members: [11, 12] },
    { id: 2, label: 'Hangjongeren', members: [13, 14] },
    { id: 3, label: 'Verkeer', members: [15] },
  ]
  let waiting = unassigned
  const stored = () => json({ id: 9, total: clusters.reduce((n, c) => n + c.members.length, 0), clusters: clusters.map(view),
    filter: { round: 4 }, createdAt: '2026-11-20T10:00:00', unassigned: waiting,
    countReason: 'U koos zelf 2 groepen.' })
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input)
    const method = init?.method ?? 'GET'
    const body = init?.body ? JSON.parse(String(init.body)) : {}
    if (url === '/api/admin/insight/options') return json({ rounds: [{ value: '4', label: 'Ronde 4' }], themes: [], channels: [], areas: [] })
    if (url === '/api/admin/me') return json({ csrfToken: 'tok' })
    if (url.startsWith('/api/admin/clusterings') && method === 'GET' && !url.includes('/9')) {
      return json([{ id: 9, filter: { round: 4 }, createdAt: '2026-11-20T10:00:00', size: 5, clusters: clusters.length }])
    }
    if (url === '/api/admin/clusterings' && method === 'POST') return json({ id: 9, total: 5, clusters: [], nearDuplicates: [] })
    if (url === '/api/admin/clusterings/9' && method === 'GET') return stored()
    const patched = url.match(/\/clusters\/(\d+)$/)
    if (patched) {
      const cluster = clusters.find((c) => c.id === Number(patched[1]))!
      if (body.label) cluster.label = body.label
      if (body.pinned !== undefined) cluster.pinned = body.pinned
      return json({})
    }
    if (url.endsWith('/merges')) {
      const [keep, gone] = body.clusterIds as number[]
      clusters.find((c) => c.id === keep)!.members.push(...clusters.find((c) => c.id === gone)!.members)
      clusters = clusters.filter((c) => c.id !== gone)
      return json({})
    }
    if (url.endsWith('/splits')) {
      const source = clusters.find((c) => c.id === body.clusterId)!
      const picked: number[] = body.submissionIds ?? [source.members[1]]
      source.members = source.members.filter((id) => !picked.includes(id))
      clusters.push({ id: 4, label: 'Nieuwe groep', members: picked })
      return json({})
    }
    if (url.endsWith('/assignments')) {
      clusters[0].members.push(16)
      clusters[0].fresh = [16]
      waiting = 0
      return json({ assigned: 1, toOverig: 0 })
    }
    if (url.endsWith('/accepts')) {
      clusters[0].fresh = []
      return json({ accepted: 1 })
    }
    return json({})
  })
}

async function runClustering() {
  render(InsightPage, { global: { plugins: plugins() } })
  await fireEvent.click(screen.getByRole('button', { name: 'Maak groepen' }))
  await screen.findByText('5 inbrengen in 3 groepen.')
}

describe('InsightPage', () => {
  it('runs a clustering and links summary sentences to their inputs', async () => {
    server()
    await runClustering()

    const first = screen.getAllByTestId('cluster')[0]
    expect(within(first).getByRole('heading', { name: 'Hondenpoep' })).toBeTruthy()
    expect(within(first).getAllByRole('link', { name: '#11' })[0].getAttribute('href')).toBe('/admin/inbreng/11')
    expect(screen.getByTestId('count-reason').textContent).toContain('U koos zelf 2 groepen.')
  })

  it('renames inline and merges exactly two chosen groups', async () => {
    const fetch = server()
    await runClustering()

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

  it('splits chosen inputs into a new group and pins a group', async () => {
    const fetch = server()
    await runClustering()

    const first = screen.getAllByTestId('cluster')[0]
    // What the browser does when the summary is activated: the details opens and fires "toggle".
    const details = first.querySelector('details')!
    details.open = true
    await fireEvent(details, new Event('toggle'))
    await fireEvent.click(await within(first).findByLabelText('#12 Tekst 12'))
    await fireEvent.click(within(first).getByRole('button', { name: 'Maak een nieuwe groep van de gekozen inbreng' }))
    expect(await screen.findByText('Hondenpoep is gesplitst. De nieuwe groep staat onderaan.')).toBeTruthy()
    expect(screen.getAllByTestId('cluster')).toHaveLength(4)
    const splitCall = fetch.mock.calls.find(([url]) => String(url).endsWith('/splits'))!
    expect(JSON.parse(String(splitCall[1]?.body))).toEqual({ clusterId: 1, submissionIds: [12] })

    const pin = screen.getByRole('button', { name: 'Vastzetten: Hangjongeren' })
    expect(pin.getAttribute('aria-pressed')).toBe('false')
    await fireEvent.click(pin)
    expect(await screen.findByText('Hangjongeren is vastgezet.')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Vastzetten: Hangjongeren' }).getAttribute('aria-pressed')).toBe('true')
  })

  it('places new input, marks it new and lets the analyst accept it', async () => {
    server(1)
    await runClustering()

    expect(screen.getByText('Er is 1 nieuwe inbreng die nog in geen groep zit.')).toBeTruthy()
    await fireEvent.click(screen.getByRole('button', { name: 'Nieuwe inbreng indelen' }))
    expect(await screen.findByText('1 nieuwe inbreng is ingedeeld. Die staat gemarkeerd als nieuw.')).toBeTruthy()
    const first = screen.getAllByTestId('cluster')[0]
    expect(within(first).getByTestId('new-badge').textContent).toContain('1 nieuw')

    await fireEvent.click(within(first).getByRole('button', { name: 'Keur de nieuwe inbreng goed (1)' }))
    expect(await screen.findByText('1 nieuwe inbreng is goedgekeurd.')).toBeTruthy()
    expect(within(screen.getAllByTestId('cluster')[0]).queryByTestId('new-badge')).toBeNull()
  })

  it('lists stored groupings and reopens one', async () => {
    server()
    render(InsightPage, { global: { plugins: plugins() } })

    await fireEvent.click(await screen.findByRole('button', { name: 'Open indeling 9' }))
    expect(await screen.findByText('5 inbrengen in 3 groepen.')).toBeTruthy()
    expect(screen.getByText('Indeling 9 is geopend.')).toBeTruthy()
  })
})

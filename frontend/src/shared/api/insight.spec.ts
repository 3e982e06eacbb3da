import { afterEach, describe, expect, it, vi } from 'vitest'
import { setCsrfToken } from '../api'
import { insightApi } from './insight'

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

describe('insightApi', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    setCsrfToken('')
  })

  it('fetches the CSRF token once from /api/admin/me and sends it with changes', async () => {
    const fetchMock = vi.fn(async (path: string) =>
      path === '/api/admin/me' ? json({ username: 'a', roles: ['ANALIST'], csrfToken: 'tok-1' }) : json({ id: 1, label: 'x', pinned: false, size: 1, memberIds: [1] }),
    )
    vi.stubGlobal('fetch', fetchMock)

    await insightApi.rename(3, 4, 'Hondenpoep')
    await insightApi.merge(3, [4, 5])

    const calls = fetchMock.mock.calls as unknown as Array<[string, RequestInit]>
    expect(calls.filter(([path]) => path === '/api/admin/me')).toHaveLength(1)
    const patch = calls.find(([path]) => path === '/api/admin/clusterings/3/clusters/4')!
    expect(patch[1].method).toBe('PATCH')
    expect((patch[1].headers as Record<string, string>)['X-CSRF-Token']).toBe('tok-1')
    expect(JSON.parse(patch[1].body as string)).toEqual({ label: 'Hondenpoep' })
  })

  it('leaves an empty round out of the query', async () => {
    const fetchMock = vi.fn(async () => json({ round: null, formula: 'f', themes: [] }))
    vi.stubGlobal('fetch', fetchMock)

    await insightApi.prioritisation()
    await insightApi.prioritisation(7)

    const paths = (fetchMock.mock.calls as unknown as Array<[string]>).map(([path]) => path)
    expect(paths).toEqual(['/api/admin/prioritisation', '/api/admin/prioritisation?round=7'])
  })

  it('builds the report download address', () => {
    expect(insightApi.reportUrl(5, 'docx')).toBe('/api/admin/reports/opbrengsten.docx?round=5')
  })
})

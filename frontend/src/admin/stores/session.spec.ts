import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { adminApi } from '@shared/api/admin'
import { useSessionStore } from './session'

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

describe('admin session store', () => {
  let calls: Array<{ url: string; init: RequestInit }>
  let answers: Response[]

  beforeEach(() => {
    setActivePinia(createPinia())
    calls = []
    answers = []
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init })
      return answers.shift() ?? json(500, {})
    }))
  })

  afterEach(() => vi.unstubAllGlobals())

  it('loads the signed-in user from /api/admin/me', async () => {
    answers.push(json(200, { username: 'analist', roles: ['ANALIST'], csrfToken: 'tok-1' }))
    const session = useSessionStore()

    await session.load()

    expect(calls[0].url).toBe('/api/admin/me')
    expect(session.signedIn).toBe(true)
    expect(session.username).toBe('analist')
    expect(session.hasAnyRole(['ANALIST', 'BEHEERDER'])).toBe(true)
    expect(session.hasAnyRole(['KRAAM'])).toBe(false)
  })

  it('treats a 401 from /api/admin/me as signed out', async () => {
    answers.push(json(401, { title: 'Log eerst in' }))
    const session = useSessionStore()

    await session.load()

    expect(session.signedIn).toBe(false)
    expect(session.loaded).toBe(true)
  })

  it('sends the CSRF token of the login on later state-changing calls, not on reads', async () => {
    answers.push(json(200, { username: 'beheer', roles: ['BEHEERDER'], csrfToken: 'tok-2' }))
    const session = useSessionStore()
    await session.login('beheer', 'geheim-wachtwoord')

    answers.push(json(200, { id: 5, status: 'SPAM' }))
    await adminApi.spam(5)
    answers.push(json(200, []))
    await adminApi.notes(5)

    expect((calls[1].init.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok-2')
    expect((calls[2].init.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined()
  })

  it('keeps the Dutch problem of a refused login for the page to show', async () => {
    answers.push(json(401, { title: 'Dit account is tijdelijk geblokkeerd', detail: 'Probeer het na 10:15 opnieuw.' }))
    const session = useSessionStore()

    await expect(session.login('iemand', 'fout')).rejects.toMatchObject({
      status: 401, title: 'Dit account is tijdelijk geblokkeerd', detail: 'Probeer het na 10:15 opnieuw.',
    })
    expect(session.signedIn).toBe(false)
  })

  it('forgets the user and token on logout', async () => {
    answers.push(json(200, { username: 'analist', roles: ['ANALIST'], csrfToken: 'tok-3' }))
    const session = useSessionStore()
    await session.login('analist', 'geheim-wachtwoord')
    answers.push(new Response(null, { status: 204 }))

    await session.logout()

    expect(calls[1].url).toBe('/api/admin/logout')
    expect(session.signedIn).toBe(false)
    expect(session.csrfToken).toBe('')
  })
})

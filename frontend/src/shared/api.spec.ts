import { afterEach, describe, expect, it, vi } from 'vitest'
import { api, ApiError } from './api'

afterEach(() => vi.restoreAllMocks())

describe('api client', () => {
  it('turns a problem+json answer into an ApiError with the Dutch title and field errors', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(
        JSON.stringify({ title: 'Controleer uw invoer', errors: [{ field: 'problem', message: 'Vul dit veld in.' }] }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    )
    const failure = await api.themes().catch((e) => e)
    expect(failure).toBeInstanceOf(ApiError)
    expect(failure.status).toBe(400)
    expect(failure.title).toBe('Controleer uw invoer')
    expect(failure.errors).toEqual([{ field: 'problem', message: 'Vul dit veld in.' }])
  })

  it('asks for themes in the chosen language', async () => {
    const spy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('[]', { status: 200 }))
    await api.themes('en')
    expect(spy.mock.calls[0][0]).toBe('/api/v1/themes?lang=en')
  })
})

import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '@shared/api'
import { DB_NAME, idbStore, type OutboxItem } from './kioskDb'
import { backoff, enqueue, flush, resend } from './outbox'

const input = (problem: string) => ({ themeCodes: ['3.1'], problem })

function deleteDb(): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME)
    request.onsuccess = () => resolve()
    request.onerror = () => resolve()
  })
}

describe('kiosk outbox', () => {
  beforeEach(deleteDb)

  it('gives every input its own idempotency key and keeps it in IndexedDB until sent', async () => {
    const a = await enqueue(idbStore, 'k1', input('een'), 1)
    const b = await enqueue(idbStore, 'k1', input('twee'), 2)

    expect(a.idempotencyKey).not.toEqual(b.idempotencyKey)
    expect((await idbStore.waiting()).map((item) => item.input.problem)).toEqual(['een', 'twee'])
  })

  it('sends in order with the key made at creation and empties the outbox', async () => {
    const made = [await enqueue(idbStore, 'k1', input('een'), 1), await enqueue(idbStore, 'k1', input('twee'), 2)]
    const sentKeys: string[] = []

    const result = await flush(idbStore, 'k1', async (item) => void sentKeys.push(item.idempotencyKey), 10)

    expect(result).toEqual({ sent: 2, refused: 0, stoppedBy: 'done' })
    expect(sentKeys).toEqual(made.map((item) => item.idempotencyKey))
    expect(await idbStore.waiting()).toEqual([])
  })

  it('keeps the item and its key after a network error and retries later with backoff', async () => {
    const made = await enqueue(idbStore, 'k1', input('een'), 0)

    const first = await flush(idbStore, 'k1', async () => { throw new TypeError('Failed to fetch') }, 0)
    const tooSoon = await flush(idbStore, 'k1', async () => { throw new Error('not called') }, backoff(1) - 1)
    const keys: string[] = []
    const later = await flush(idbStore, 'k1', async (item) => void keys.push(item.idempotencyKey), backoff(1))

    expect(first.stoppedBy).toBe('retry')
    expect(tooSoon).toEqual({ sent: 0, refused: 0, stoppedBy: 'retry' })
    expect(later.sent).toBe(1)
    expect(keys).toEqual([made.idempotencyKey])
  })

  it('retries on a server error but keeps a refused input with the Dutch reason for staff', async () => {
    await enqueue(idbStore, 'k1', input(''), 1)
    await enqueue(idbStore, 'k1', input('goed'), 2)
    const send = async (item: OutboxItem) => {
      if (item.input.problem === '') throw new ApiError(400, 'Controleer wat u heeft ingevuld', [{ field: 'problem', message: 'Vul in wat er speelt.' }])
    }

    const result = await flush(idbStore, 'k1', send, 5)

    expect(result).toEqual({ sent: 1, refused: 1, stoppedBy: 'done' })
    const refused = await idbStore.refused()
    expect(refused).toHaveLength(1)
    expect(refused[0].reason).toBe('Controleer wat u heeft ingevuld')
    expect(refused[0].fieldErrors[0].message).toBe('Vul in wat er speelt.')
  })

  it('treats 5xx as try again, not as refused', async () => {
    await enqueue(idbStore, 'k1', input('een'), 1)

    const result = await flush(idbStore, 'k1', async () => { throw new ApiError(503, 'De dienst is even niet beschikbaar') }, 1)

    expect(result.stoppedBy).toBe('retry')
    expect(await idbStore.refused()).toEqual([])
    expect(await idbStore.waiting()).toHaveLength(1)
  })

  it('waits without losing anything when the kiosk session is no longer valid', async () => {
    await enqueue(idbStore, 'k1', input('een'), 1)

    const result = await flush(idbStore, 'k1', async () => { throw new ApiError(401, 'De kiosk is niet ontgrendeld') }, 1)

    expect(result.stoppedBy).toBe('notUnlocked')
    expect(await idbStore.waiting()).toHaveLength(1)
  })

  it('sends a fixed refused input again under a new key', async () => {
    await enqueue(idbStore, 'k1', input(''), 1)
    await flush(idbStore, 'k1', async () => { throw new ApiError(400, 'Controleer wat u heeft ingevuld') }, 1)
    const [refused] = await idbStore.refused()

    await resend(idbStore, refused.idempotencyKey, input('nu wel ingevuld'), 2)

    const waiting = await idbStore.waiting()
    expect(await idbStore.refused()).toEqual([])
    expect(waiting.map((item) => item.input.problem)).toEqual(['nu wel ingevuld'])
    expect(waiting[0].idempotencyKey).not.toEqual(refused.idempotencyKey)
  })

  it('leaves inputs of another stall day waiting', async () => {
    await enqueue(idbStore, 'other', input('elders'), 1)

    const result = await flush(idbStore, 'k1', async () => {}, 2)

    expect(result.sent).toBe(0)
    expect(await idbStore.waiting()).toHaveLength(1)
  })
})

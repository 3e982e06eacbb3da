// The durable outbox: a finished input is written to IndexedDB first and sent later, in order, each with the
// Idempotency-Key it got when it was created, so a retry after a lost answer or a browser restart stores nothing twice.
import { ApiError, type FieldError } from '@shared/api'
import type { KioskInput } from '@shared/api/kiosk'
import type { OutboxItem, OutboxStore } from './kioskDb'

/** What one attempt to send gave. */
export type SendOutcome =
  | { kind: 'stored' }
  | { kind: 'refused'; reason: string; fieldErrors: FieldError[] }
  | { kind: 'notUnlocked' }
  | { kind: 'retry' }

export type Sender = (item: OutboxItem) => Promise<void>

export interface FlushResult {
  sent: number
  refused: number
  stoppedBy: 'done' | 'retry' | 'notUnlocked'
}

const BASE_DELAY_MS = 2_000
const MAX_DELAY_MS = 5 * 60_000

export function newIdempotencyKey(): string {
  return crypto.randomUUID()
}

export function backoff(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1))
}

/** Maps a thrown send error to what the outbox does with the item. */
export function classify(error: unknown): SendOutcome {
  if (error instanceof ApiError) {
    if (error.status === 401) return { kind: 'notUnlocked' }
    // 408 and 429 are "not now", not "not this input".
    if (error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429) {
      return { kind: 'refused', reason: error.title, fieldErrors: error.errors }
    }
  }
  return { kind: 'retry' }
}

export async function enqueue(store: OutboxStore, kioskToken: string, input: KioskInput, now = Date.now()): Promise<OutboxItem> {
  const item: OutboxItem = { idempotencyKey: newIdempotencyKey(), kioskToken, createdAt: now, input, attempts: 0, nextAttemptAt: now }
  await store.add(item)
  return item
}

/**
 * Sends waiting items of this kiosk oldest first. A network or server error stops the round (keeping order)
 * and schedules the item with backoff; a refusal moves the item to the refused list with the Dutch reason.
 */
export async function flush(store: OutboxStore, kioskToken: string, send: Sender, now = Date.now()): Promise<FlushResult> {
  let sent = 0
  let refused = 0
  for (const item of await store.waiting()) {
    if (item.kioskToken !== kioskToken) continue
    if (item.nextAttemptAt > now) return { sent, refused, stoppedBy: 'retry' }
    let outcome: SendOutcome
    try {
      await send(item)
      outcome = { kind: 'stored' }
    } catch (error) {
      outcome = classify(error)
    }
    if (outcome.kind === 'stored') {
      await store.remove(item.idempotencyKey)
      sent++
    } else if (outcome.kind === 'refused') {
      await store.refuse({ ...item, reason: outcome.reason, fieldErrors: outcome.fieldErrors, refusedAt: now })
      refused++
    } else if (outcome.kind === 'notUnlocked') {
      return { sent, refused, stoppedBy: 'notUnlocked' }
    } else {
      const attempts = item.attempts + 1
      await store.update({ ...item, attempts, nextAttemptAt: now + backoff(attempts) })
      return { sent, refused, stoppedBy: 'retry' }
    }
  }
  return { sent, refused, stoppedBy: 'done' }
}

/** Staff fixed a refused input: it goes back into the outbox under a new key (the old one stored nothing). */
export async function resend(store: OutboxStore, key: string, input: KioskInput, now = Date.now()): Promise<void> {
  const item = (await store.refused()).find((candidate) => candidate.idempotencyKey === key)
  if (!item) return
  await store.add({ idempotencyKey: newIdempotencyKey(), kioskToken: item.kioskToken, createdAt: now, input, attempts: 0, nextAttemptAt: now })
  await store.removeRefused(key)
}

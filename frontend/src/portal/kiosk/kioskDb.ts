// The kiosk's only browser storage: one IndexedDB database with the outbox of finished inputs, the inputs
// the server refused (for staff to fix), and the kiosk's own settings. Drafts are never written here.
import type { KioskInput } from '@shared/api/kiosk'

export const DB_NAME = 'inbreng-kraam'
const VERSION = 1

export interface OutboxItem {
  idempotencyKey: string
  kioskToken: string
  createdAt: number
  input: KioskInput
  attempts: number
  nextAttemptAt: number
}

export interface RefusedItem extends OutboxItem {
  reason: string
  fieldErrors: { field: string; message: string }[]
  refusedAt: number
}

export interface KioskSettings {
  kioskToken?: string
  sessionToken?: string
  deviceId?: string
  momentName?: string
  codeHash?: string
  lastSyncAt?: number
}

type StoreName = 'outbox' | 'refused' | 'settings'

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, VERSION)
    request.onupgradeneeded = () => {
      const db = request.result
      db.createObjectStore('outbox', { keyPath: 'idempotencyKey' }).createIndex('createdAt', 'createdAt')
      db.createObjectStore('refused', { keyPath: 'idempotencyKey' })
      db.createObjectStore('settings')
    }
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

async function run<T>(store: StoreName, mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open()
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(store, mode)
      const request = work(tx.objectStore(store))
      // Resolve on commit, not on the request: only then is the write durable across a browser restart.
      tx.oncomplete = () => resolve(request.result)
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error)
    })
  } finally {
    db.close()
  }
}

/** The storage the outbox works on; an interface so the sync logic is tested without a browser. */
export interface OutboxStore {
  add(item: OutboxItem): Promise<void>
  waiting(): Promise<OutboxItem[]>
  update(item: OutboxItem): Promise<void>
  remove(key: string): Promise<void>
  refuse(item: RefusedItem): Promise<void>
  refused(): Promise<RefusedItem[]>
  removeRefused(key: string): Promise<void>
  settings(): Promise<KioskSettings>
  saveSettings(settings: KioskSettings): Promise<void>
}

export const idbStore: OutboxStore = {
  async add(item) {
    await run('outbox', 'readwrite', (s) => s.add(item))
  },
  async waiting() {
    const items = await run<OutboxItem[]>('outbox', 'readonly', (s) => s.index('createdAt').getAll())
    return items
  },
  async update(item) {
    await run('outbox', 'readwrite', (s) => s.put(item))
  },
  async remove(key) {
    await run('outbox', 'readwrite', (s) => s.delete(key))
  },
  async refuse(item) {
    // Move in one transaction so an input is never in both lists, nor in neither.
    const db = await open()
    try {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['outbox', 'refused'], 'readwrite')
        tx.objectStore('refused').put(item)
        tx.objectStore('outbox').delete(item.idempotencyKey)
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
    } finally {
      db.close()
    }
  },
  async refused() {
    return run<RefusedItem[]>('refused', 'readonly', (s) => s.getAll())
  },
  async removeRefused(key) {
    await run('refused', 'readwrite', (s) => s.delete(key))
  },
  async settings() {
    return ((await run<KioskSettings | undefined>('settings', 'readonly', (s) => s.get('kiosk'))) ?? {}) as KioskSettings
  },
  async saveSettings(settings) {
    await run('settings', 'readwrite', (s) => s.put({ ...settings }, 'kiosk'))
  },
}

/**
 * Read-only lists the kiosk keeps for offline restarts (themes, areas, the stall day's round), next to the settings
 * under their own keys. Nothing a resident typed is ever written through these.
 */
export const choiceCache = {
  async read<T>(key: string): Promise<T | undefined> {
    return (await run<T | undefined>('settings', 'readonly', (s) => s.get(`cache:${key}`))) ?? undefined
  },
  async write(key: string, value: unknown): Promise<void> {
    await run('settings', 'readwrite', (s) => s.put(JSON.parse(JSON.stringify(value)), `cache:${key}`))
  },
}

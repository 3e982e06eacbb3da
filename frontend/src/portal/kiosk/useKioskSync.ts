// Keeps the outbox moving: sends when the network is there (on start, on "online", every few seconds) and
// exposes what staff need to see: how many wait, which were refused and when the last sync succeeded.
import { onBeforeUnmount, ref } from 'vue'
import { kioskApi } from '@shared/api/kiosk'
import { idbStore, type OutboxStore, type RefusedItem } from './kioskDb'
import { flush } from './outbox'

const INTERVAL_MS = 10_000

export function useKioskSync(store: OutboxStore = idbStore) {
  const waiting = ref(0)
  const refused = ref<RefusedItem[]>([])
  const lastSyncAt = ref<number | null>(null)
  const needsUnlock = ref(false)
  let busy = false

  async function refresh() {
    waiting.value = (await store.waiting()).length
    refused.value = await store.refused()
    lastSyncAt.value = (await store.settings()).lastSyncAt ?? null
  }

  async function sync() {
    if (busy) return
    busy = true
    try {
      const settings = await store.settings()
      if (!settings.sessionToken || !settings.kioskToken) return
      const session = settings.sessionToken
      const result = await flush(store, settings.kioskToken, async (item) => {
        await kioskApi.send(session, item.idempotencyKey, item.input)
      })
      needsUnlock.value = result.stoppedBy === 'notUnlocked'
      if (result.stoppedBy === 'done' || result.sent > 0) {
        await store.saveSettings({ ...(await store.settings()), lastSyncAt: Date.now() })
      }
    } finally {
      busy = false
      await refresh()
    }
  }

  const onOnline = () => void sync()
  window.addEventListener('online', onOnline)
  const timer = setInterval(() => void sync(), INTERVAL_MS)
  onBeforeUnmount(() => {
    window.removeEventListener('online', onOnline)
    clearInterval(timer)
  })

  return { waiting, refused, lastSyncAt, needsUnlock, sync, refresh }
}

import { nextTick, reactive, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ApiError } from '@shared/api'
import {
  insightApi, type ClusteringFilter, type StoredCluster, type StoredClustering, type StoredClusteringSummary,
} from '@shared/api/insight'

/** The Dutch text of a refusal: the field messages when there are any, else the problem's detail. */
function problemText(e: unknown): string {
  if (e instanceof ApiError) {
    const fields = e.errors.map((field) => field.message).filter(Boolean)
    return fields.length ? fields.join(' ') : (e.detail ?? e.message)
  }
  return (e as Error).message
}

/**
 * The analyst's clusterings: the stored list (of the chosen round), the one open on screen with what the analyst
 * ticked in it, and every curation step. After each step the open clustering is read again, so the screen always
 * shows the stored state; the result is announced in {@code message} (a live region) or {@code error}.
 */
export function useClusterings(round: Ref<number | undefined>) {
  const { t } = useI18n()
  const clustering = ref<StoredClustering | null>(null)
  const stored = ref<StoredClusteringSummary[]>([])
  const running = ref(false)
  const message = ref('')
  const error = ref('')
  // Two clusters ticked to merge; per cluster the inputs ticked (to split off or move) and where to move them.
  const selected = ref<number[]>([])
  const picked = reactive<Record<number, number[]>>({})
  const moveTo = reactive<Record<number, string>>({})
  // Which clusters show their inputs; those with new input start open so the analyst sees it.
  const expanded = reactive<Record<number, boolean>>({})

  function fail(e: unknown) {
    error.value = t('insight.error', { message: problemText(e) })
  }

  async function loadStored() {
    try {
      stored.value = await insightApi.clusterings(round.value)
    } catch {
      stored.value = []
    }
  }

  function resetSelections() {
    selected.value = []
    for (const key of Object.keys(picked)) delete picked[Number(key)]
    for (const key of Object.keys(moveTo)) delete moveTo[Number(key)]
  }

  async function reload(id: number) {
    const loaded = await insightApi.clustering(id)
    resetSelections()
    // A checkbox group needs an array to bind to before it is rendered.
    for (const cluster of loaded.clusters) {
      picked[cluster.id] = []
      moveTo[cluster.id] = ''
      expanded[cluster.id] = (expanded[cluster.id] ?? false) || cluster.newMemberIds.length > 0
    }
    clustering.value = loaded
  }

  async function run(filter: ClusteringFilter, clusters?: number) {
    running.value = true
    error.value = ''
    message.value = ''
    try {
      const created = await insightApi.cluster(filter, clusters)
      await reload(created.id)
      await loadStored()
    } catch (e) {
      fail(e)
    } finally {
      running.value = false
    }
  }

  async function open(id: number) {
    error.value = ''
    try {
      await reload(id)
      message.value = t('insight.opened', { id })
      await nextTick()
      document.getElementById('clusters-title')?.focus()
    } catch (e) {
      fail(e)
    }
  }

  /** One curation step on the open clustering: call the server, reload, announce the result. */
  async function step(action: (clusteringId: number) => Promise<unknown>, done: string) {
    if (!clustering.value) return
    error.value = ''
    try {
      await action(clustering.value.id)
      await reload(clustering.value.id)
      message.value = done
      await loadStored()
    } catch (e) {
      fail(e)
    }
  }

  const curation = {
    rename: (cluster: StoredCluster, label: string) =>
      step((id) => insightApi.rename(id, cluster.id, label), t('insight.renamed')),
    merge: async () => {
      if (selected.value.length !== 2) return
      const ids = [...selected.value]
      await step((id) => insightApi.merge(id, ids), t('insight.merged'))
    },
    togglePin: (cluster: StoredCluster) => step((id) => insightApi.pin(id, cluster.id, !cluster.pinned),
      cluster.pinned ? t('insight.unpinned', { label: cluster.label }) : t('insight.pinnedDone', { label: cluster.label })),
    split: (cluster: StoredCluster, automatic: boolean) => {
      const ids = automatic ? undefined : [...(picked[cluster.id] ?? [])]
      return step((id) => insightApi.split(id, cluster.id, ids), t('insight.splitDone', { label: cluster.label }))
    },
    move: async (cluster: StoredCluster) => {
      if (!moveTo[cluster.id]) return
      const ids = [...(picked[cluster.id] ?? [])]
      await step((id) => insightApi.move(id, ids, Number(moveTo[cluster.id])), t('insight.moved', { n: ids.length }))
    },
    accept: async (cluster: StoredCluster) => {
      if (!cluster.newMemberIds.length) return
      const ids = [...cluster.newMemberIds]
      await step((id) => insightApi.acceptNew(id, ids), t('insight.accepted', { n: ids.length }, ids.length))
    },
    assignNew: async () => {
      if (!clustering.value) return
      let assigned = 0
      await step(async (id) => {
        assigned = (await insightApi.assignNew(id)).assigned
      }, '')
      message.value = t('insight.assigned', { n: assigned }, assigned)
    },
    refresh: () => step((id) => insightApi.refresh(id), t('insight.refreshed')),
  }

  return { clustering, stored, running, message, error, selected, picked, moveTo, expanded, fail, loadStored, run, open, curation }
}

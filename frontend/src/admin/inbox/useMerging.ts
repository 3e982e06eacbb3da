import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ApiError } from '@shared/api'
import { adminApi, type DuplicateCandidate, type SubmissionDetail } from '@shared/api/admin'

/** Inputs open for review can be merged; a merged input shows its group instead of candidates. */
export const mergeable = (detail: SubmissionDetail | null) => detail?.status === 'NIEUW' || detail?.status === 'BEOORDEELD'

/** Near-duplicates of one input: the candidates to merge into it, merging one, and taking a merged one out again. */
export function useMerging(id: Ref<number>, detail: Ref<SubmissionDetail | null>, after: {
  loadDetail: () => Promise<void>
  announce: (text: string) => Promise<void>
  clearMessage: () => void
}) {
  const { t } = useI18n()
  const candidates = ref<DuplicateCandidate[]>([])
  const mergeError = ref('')

  async function loadCandidates() {
    try {
      candidates.value = mergeable(detail.value) ? await adminApi.nearDuplicates(id.value) : []
    } catch {
      candidates.value = []
    }
  }

  async function mergeCandidate(candidate: number) {
    mergeError.value = ''
    after.clearMessage()
    try {
      const merged = await adminApi.merge(id.value, [candidate])
      await after.loadDetail()
      await loadCandidates()
      await after.announce(t('merge.merged', { count: merged.count }))
    } catch (error) {
      mergeError.value = error instanceof ApiError ? (error.errors[0]?.message ?? error.detail ?? error.title) : t('merge.failed')
    }
  }

  async function unmerge(duplicate: number) {
    mergeError.value = ''
    after.clearMessage()
    try {
      await adminApi.unmerge(duplicate)
      await after.loadDetail()
      await loadCandidates()
      await after.announce(t('merge.unmerged', { id: duplicate }))
    } catch (error) {
      mergeError.value = error instanceof ApiError ? (error.errors[0]?.message ?? error.title) : t('merge.failed')
    }
  }

  return { candidates, mergeError, loadCandidates, mergeCandidate, unmerge }
}

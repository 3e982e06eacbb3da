import { nextTick, ref, type Ref } from 'vue'
import { ApiError } from '@shared/api'
import { adminApi, type SubmissionDetail } from '@shared/api/admin'

/**
 * One input as the detail page shows it, and the page's live region: {@code announce} also moves focus there, so
 * keyboard users hear what changed. A 404 sets {@code notFound}; other failures reach the caller.
 */
export function useSubmissionDetail(id: Ref<number>, onLoaded: (detail: SubmissionDetail) => void) {
  const detail = ref<SubmissionDetail | null>(null)
  const notFound = ref(false)
  const message = ref('')
  const statusRegion = ref<HTMLElement | null>(null)

  async function loadDetail() {
    try {
      detail.value = await adminApi.submission(id.value)
      notFound.value = false
      onLoaded(detail.value)
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) notFound.value = true
      else throw error
    }
  }

  async function announce(text: string) {
    message.value = text
    await nextTick()
    statusRegion.value?.focus()
  }

  return { detail, notFound, message, statusRegion, loadDetail, announce }
}

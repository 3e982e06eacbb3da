import { reactive } from 'vue'
import { adminApi, type MergedInput } from '@shared/api/admin'

/** The near-duplicates merged into an input, opened from its inbox row; a new page of results closes them all. */
export function useMergedInputs(onError: () => void) {
  const expanded = reactive<Record<number, MergedInput[]>>({})

  async function toggle(id: number) {
    if (expanded[id]) {
      delete expanded[id]
      return
    }
    try {
      expanded[id] = (await adminApi.submission(id)).duplicates
    } catch {
      onError()
    }
  }

  function closeAll() {
    for (const key of Object.keys(expanded)) delete expanded[Number(key)]
  }

  return { expanded, toggle, closeAll }
}

import { computed, reactive, ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { adminApi, type Inbox, type InboxQuery } from '@shared/api/admin'

export const PAGE_SIZE = 20

export type InboxFilters = ReturnType<typeof emptyFilters>
type FacetKey = 'theme' | 'channel' | 'area'

function emptyFilters() {
  return {
    q: '', veld: '', theme: '', channel: '', area: '', round: '', respondentType: '', status: '', unsure: false,
    from: '', to: '', sort: 'relevance' as 'relevance' | 'newest' | 'oldest', page: 0,
  }
}

/**
 * The inbox's filters, kept in the address bar so a link or a reload shows the same list, and the page of results
 * they give. {@code onLoaded} runs after every new page of results (the page clears what it chose on the old one).
 */
export function useInboxSearch(onLoaded: (result: Inbox) => void = () => undefined) {
  const route = useRoute()
  const router = useRouter()
  const filters = reactive(emptyFilters())
  const result = ref<Inbox | null>(null)
  const loading = ref(false)
  const loadError = ref(false)
  // The filters of the list on screen (not of the half-filled form), for the export panel.
  const shownQuery = ref<InboxQuery>({})
  const pages = computed(() => Math.max(1, Math.ceil((result.value?.total ?? 0) / PAGE_SIZE)))

  function fromRoute() {
    const query = route.query
    for (const key of Object.keys(filters) as Array<keyof InboxFilters>) {
      const value = query[key]
      if (typeof value !== 'string') continue
      if (key === 'unsure') filters.unsure = value === 'true'
      else if (key === 'page') filters.page = Math.max(0, Number.parseInt(value, 10) || 0)
      else if (key === 'sort') filters.sort = value === 'newest' || value === 'oldest' ? value : 'relevance'
      else filters[key] = value
    }
  }

  async function load() {
    loading.value = true
    try {
      shownQuery.value = { ...filters, page: filters.page, size: PAGE_SIZE }
      result.value = await adminApi.inbox(shownQuery.value)
      onLoaded(result.value)
      loadError.value = false
    } catch {
      loadError.value = true
    } finally {
      loading.value = false
    }
  }

  async function search(page = 0) {
    filters.page = page
    const query: Record<string, string> = {}
    for (const [key, value] of Object.entries(filters)) {
      if (value === '' || value === false || (key === 'page' && value === 0) || (key === 'sort' && value === 'relevance')) continue
      query[key] = String(value)
    }
    await router.replace({ query })
    await load()
  }

  function reset() {
    Object.assign(filters, { veld: '', theme: '', channel: '', area: '', round: '', respondentType: '', status: '',
      unsure: false, from: '', to: '' })
    void search(0)
  }

  // A facet is a filter too: one click narrows the list to it, a second click (on the chosen one) lifts it again.
  const facetActive = (key: string, code: string) => filters[key as FacetKey] === code
  function applyFacet(key: string, code: string) {
    const facet = key as FacetKey
    filters[facet] = filters[facet] === code ? '' : code
    if (facet === 'theme') filters.veld = ''
    void search(0)
  }

  return { filters, result, loading, loadError, shownQuery, pages, fromRoute, load, search, reset, facetActive, applyFacet }
}

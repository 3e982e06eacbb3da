import { computed, ref } from 'vue'
import { api, type Area, type Round, type Veiligheidsveld } from '@shared/api'

/**
 * The choices the inbox filters on and the names it shows for codes: themes (by veld), areas and rounds. A list that
 * fails to load stays empty; the inbox itself still works with codes.
 */
export function useInboxChoices() {
  const velden = ref<Veiligheidsveld[]>([])
  const areas = ref<Area[]>([])
  const rounds = ref<Round[]>([])

  const themeName = computed(() => {
    const names = new Map<string, string>()
    for (const veld of velden.value) for (const theme of veld.themes) names.set(theme.code, theme.name)
    return (code: string) => (names.has(code) ? `${code} ${names.get(code)}` : code)
  })
  const areaName = computed(() => {
    const names = new Map(areas.value.map((area) => [area.code, area.name]))
    return (code: string) => names.get(code) ?? code
  })
  const allThemes = computed(() => velden.value.flatMap((veld) => veld.themes))

  async function loadChoices() {
    const [v, a, r] = await Promise.allSettled([api.themes(), api.areas(), api.rounds()])
    if (v.status === 'fulfilled') velden.value = v.value
    if (a.status === 'fulfilled') areas.value = a.value
    if (r.status === 'fulfilled') rounds.value = r.value
  }

  return { velden, areas, rounds, themeName, areaName, allThemes, loadChoices }
}

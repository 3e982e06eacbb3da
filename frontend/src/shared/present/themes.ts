// The theme catalogue, loaded once per language and shared by every screen that names a theme. A code is never shown
// alone: the werkgroep sees "3.1 Overlast door jongeren", a resident sees the name only.
import { computed, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { api, type Theme, type Veiligheidsveld } from '../api'

const loaded = new Map<string, Promise<Veiligheidsveld[]>>()

/** The velden with their themes in one language; a failed load is forgotten so the next screen tries again. */
export function loadThemes(locale: string): Promise<Veiligheidsveld[]> {
  let pending = loaded.get(locale)
  if (!pending) {
    pending = api.themes(locale)
    pending.catch(() => loaded.delete(locale))
    loaded.set(locale, pending)
  }
  return pending
}

/** Forgets the loaded catalogue, for tests and after a beheerder changes themes. */
export function forgetThemes() {
  loaded.clear()
}

export interface ThemeNames {
  velden: Ref<Veiligheidsveld[]>
  failed: Ref<boolean>
  /** The theme itself, or undefined while loading or when unknown. */
  theme: (code: string) => Theme | undefined
  /** "Overlast door jongeren", or the code while the names load. */
  name: (code: string) => string
  /** "3.1 Overlast door jongeren": the werkgroep's form. */
  label: (code: string) => string
  /** The veiligheidsveld a theme belongs to. */
  veldOf: (code: string) => Veiligheidsveld | undefined
}

/** The catalogue in the current language, reloaded when the language changes. */
export function useThemeNames(): ThemeNames {
  const { locale } = useI18n()
  const velden = ref<Veiligheidsveld[]>([])
  const failed = ref(false)
  const byCode = computed(() => {
    const map = new Map<string, { theme: Theme; veld: Veiligheidsveld }>()
    for (const veld of velden.value) for (const theme of veld.themes) map.set(theme.code, { theme, veld })
    return map
  })
  watch(
    locale,
    async (current) => {
      try {
        velden.value = await loadThemes(current)
        failed.value = false
      } catch {
        failed.value = true
      }
    },
    { immediate: true },
  )
  const theme = (code: string) => byCode.value.get(code)?.theme
  return {
    velden,
    failed,
    theme,
    name: (code) => theme(code)?.name ?? code,
    label: (code) => {
      const found = theme(code)
      return found ? `${code} ${found.name}` : code
    },
    veldOf: (code) => byCode.value.get(code)?.veld,
  }
}

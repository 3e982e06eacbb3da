// Every page gets its own title: "Geef uw inbreng – Veiligheidsplan 2027–2030 – Gemeente Veenendijk". The route names
// its title with meta.titleKey; a page whose name comes from its content (a round's own title) names itself with
// usePageName. The admin app puts its own name in the middle ("Inbreng – Inbreng werkgroep – Gemeente Veenendijk"),
// so its tabs are told apart from the portal's. The title follows the language switch too.
import { onUnmounted, ref, watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute } from 'vue-router'
import { pageTitle } from './identity'

declare module 'vue-router' {
  interface RouteMeta {
    /** Message key of the page's name in the browser tab. */
    titleKey?: string
  }
}

// The name the current page gave itself, if any; it wins over the route's titleKey.
const ownName = ref<string | null>(null)

/** Names the current page after its content, for as long as it is shown. */
export function usePageName(name: () => string | null | undefined) {
  let mine: string | null = null
  watchEffect(() => {
    mine = name()?.trim() || null
    ownName.value = mine
  })
  onUnmounted(() => {
    if (ownName.value === mine) ownName.value = null
  })
}

/** Keeps document.title up to date; `appKey` names the app in the middle instead of the plan title. */
export function useDocumentTitle(options: { appKey?: string } = {}) {
  const route = useRoute()
  const { t } = useI18n()
  watchEffect(() => {
    const key = route.meta.titleKey
    const page = ownName.value ?? (key ? t(key) : null)
    document.title = pageTitle(page, undefined, options.appKey ? t(options.appKey) : undefined)
  })
}

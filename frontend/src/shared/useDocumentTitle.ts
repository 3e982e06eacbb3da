// Every page gets its own title: "Geef uw inbreng – Veiligheidsplan 2027–2030 – Gemeente Veenendijk". The route names
// its title with meta.titleKey; the title follows the language switch too.
import { watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute } from 'vue-router'
import { pageTitle } from './identity'

declare module 'vue-router' {
  interface RouteMeta {
    /** Message key of the page's name in the browser tab. */
    titleKey?: string
  }
}

export function useDocumentTitle() {
  const route = useRoute()
  const { t } = useI18n()
  watchEffect(() => {
    const key = route.meta.titleKey
    document.title = pageTitle(key ? t(key) : null)
  })
}

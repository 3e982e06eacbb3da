import { createI18n } from 'vue-i18n'

/** A nested message tree: keys to text or deeper trees. */
export interface MessageTree {
  [key: string]: string | MessageTree
}

export type Locale = 'nl' | 'en'

const STORAGE_KEY = 'inbreng.locale'

/** Dutch first; English as second language. The choice lives in the URL-less session only. */
export function createAppI18n(messages: Record<Locale, MessageTree>) {
  const stored = typeof sessionStorage !== 'undefined' ? sessionStorage.getItem(STORAGE_KEY) : null
  const locale: Locale = stored === 'en' ? 'en' : 'nl'
  if (typeof document !== 'undefined') document.documentElement.lang = locale
  return createI18n({ legacy: false, locale, fallbackLocale: 'nl', messages })
}

export function rememberLocale(locale: Locale) {
  sessionStorage.setItem(STORAGE_KEY, locale)
  document.documentElement.lang = locale
}

// One way to show numbers: Dutch separators in Dutch ("1.234,5"), English ones in English ("1,234.5").
const tag = (locale: string) => (locale === 'en' ? 'en-GB' : 'nl-NL')

/** A count or measure with at most `digits` decimals. */
export function formatNumber(value: number, locale: string, digits = 0): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: digits }).format(value)
}

/** A share already in percent (12.5 → "12,5%"). */
export function formatPercent(value: number, locale: string, digits = 1): string {
  return `${formatNumber(value, locale, digits)}%`
}

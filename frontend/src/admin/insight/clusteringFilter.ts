import type { ClusteringFilter, InsightOptions } from '@shared/api/insight'

type Translate = (key: string) => string

/** A clustering's filter in words, e.g. "Ronde: Veilig 2027, Thema: 3.1 Jeugdoverlast", or "everything". */
export function describeFilter(value: ClusteringFilter, options: InsightOptions, t: Translate): string {
  const parts: string[] = []
  const label = (list: { value: string; label: string }[], code?: string | number | null) =>
    list.find((option) => option.value === String(code))?.label ?? String(code)
  if (value.round) parts.push(`${t('insight.round')}: ${label(options.rounds, value.round)}`)
  if (value.theme) parts.push(`${t('insight.theme')}: ${label(options.themes, value.theme)}`)
  if (value.channel) parts.push(`${t('insight.channel')}: ${label(options.channels, value.channel)}`)
  if (value.area) parts.push(`${t('insight.area')}: ${label(options.areas, value.area)}`)
  if (value.import) parts.push(`${t('insight.import')}: ${value.import}`)
  return parts.length ? parts.join(', ') : t('insight.everything')
}

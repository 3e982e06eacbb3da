// The one composable screens use to show values: dates, numbers and every enum in the current language.
import { useI18n } from 'vue-i18n'
import { formatDate, formatDateRange, formatDateTime, formatSession, formatTime, formatWeek } from './dates'
import { formatNumber, formatPercent } from './numbers'
import type { VocabularyKind } from './vocabulary'

export function usePresent() {
  const { t, te, locale } = useI18n()

  /** The word for a code of one value list; an unknown code (a newer server) is shown as it came. */
  function word(kind: Exclude<VocabularyKind, 'unknown'>, code: string | null | undefined): string {
    if (code === null || code === undefined || code === '' || code === 'ONBEKEND') return t('vocab.unknown')
    const key = `vocab.${kind}.${code}`
    return te(key) ? t(key) : code
  }

  return {
    date: (value: string | Date) => formatDate(value, locale.value),
    dateTime: (value: string | Date) => formatDateTime(value, locale.value),
    time: (value: string | Date) => formatTime(value, locale.value),
    session: (start: string, end: string) => formatSession(start, end, locale.value),
    dateRange: (from: string, to: string) => formatDateRange(from, to, locale.value),
    week: (isoWeek: string) => formatWeek(isoWeek, locale.value),
    number: (value: number, digits = 0) => formatNumber(value, locale.value, digits),
    percent: (value: number, digits = 1) => formatPercent(value, locale.value, digits),
    word,
    channel: (code: string | null | undefined) => word('channel', code),
    group: (code: string | null | undefined) => word('group', code),
    status: (code: string | null | undefined) => word('status', code),
    hideReason: (code: string | null | undefined) => word('hideReason', code),
    role: (code: string | null | undefined) => word('role', code),
    doelgroep: (code: string | null | undefined) => word('doelgroep', code),
    organisation: (code: string | null | undefined) => word('organisation', code),
    roundState: (code: string | null | undefined) => word('roundState', code),
    ageBand: (code: string | null | undefined) => word('ageBand', code),
  }
}

export type Present = ReturnType<typeof usePresent>

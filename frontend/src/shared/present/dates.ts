// One way to show a moment in time, per language: "9 oktober 2026" / "9 October 2026", with the time after a comma.
// Two kinds of value reach the screens. Instants carry a zone ("2026-10-09T08:05:00Z", "…+02:00") and are shown in
// Dutch time, whatever zone the browser is in. Wall-clock values (a thematafel at "2027-03-01T19:30:00", a date
// "2026-10-09") are meant as written and are never shifted.
import type { Locale } from '../i18n'

const TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' }
const DUTCH_TIME = 'Europe/Amsterdam'
const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }

interface Moment {
  date: Date
  timeZone: string
}

const hasZone = (value: string) => /(?:Z|[+-]\d\d:?\d\d)$/.test(value)

function moment(value: string | Date): Moment {
  if (value instanceof Date) return { date: value, timeZone: DUTCH_TIME }
  if (hasZone(value)) return { date: new Date(value), timeZone: DUTCH_TIME }
  // wall clock: read the parts as written and show them in UTC so no zone shifts them
  const [day, time = '00:00'] = value.split('T')
  const [year, month, date] = day.split('-').map(Number)
  const [hour, minute] = time.split(':').map(Number)
  return { date: new Date(Date.UTC(year, month - 1, date, hour || 0, minute || 0)), timeZone: 'UTC' }
}

const tag = (locale: string) => TAGS[locale as Locale] ?? TAGS.nl

/** "9 oktober 2026" / "9 October 2026". */
export function formatDate(value: string | Date, locale: string): string {
  const { date, timeZone } = moment(value)
  return new Intl.DateTimeFormat(tag(locale), { ...DAY, timeZone }).format(date)
}

/** "14:05". */
export function formatTime(value: string | Date, locale: string): string {
  const { date, timeZone } = moment(value)
  return new Intl.DateTimeFormat(tag(locale), { ...CLOCK, timeZone }).format(date)
}

/** "9 oktober 2026, 14:05" / "9 October 2026, 14:05". */
export function formatDateTime(value: string | Date, locale: string): string {
  return `${formatDate(value, locale)}, ${formatTime(value, locale)}`
}

/** "9 oktober 2026, 19:30–21:30": one session on one day. */
export function formatSession(start: string, end: string, locale: string): string {
  return `${formatDate(start, locale)}, ${formatTime(start, locale)}–${formatTime(end, locale)}`
}

/** "5–11 oktober 2026", "28 september – 4 oktober 2026": two days in the same date format. Built by hand because
 * Intl's formatRange spaces the dash differently per engine (Node and Chromium disagree). */
export function formatDateRange(from: string | Date, to: string | Date, locale: string): string {
  const a = moment(from)
  const b = moment(to)
  const part = (m: Moment, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(tag(locale), { ...options, timeZone: m.timeZone }).format(m.date)
  const year = (m: Moment) => part(m, { year: 'numeric' })
  const month = (m: Moment) => part(m, { month: 'long' })
  if (year(a) !== year(b)) return `${formatDate(from, locale)} – ${formatDate(to, locale)}`
  if (month(a) !== month(b)) return `${part(a, { day: 'numeric', month: 'long' })} – ${formatDate(to, locale)}`
  return `${part(a, { day: 'numeric' })}–${formatDate(to, locale)}`
}

/** An ISO week "2026-W41" in words: "week 41 (5–11 oktober 2026)". Anything else is returned as it came. */
export function formatWeek(isoWeek: string, locale: string): string {
  const match = /^(\d{4})-W(\d{1,2})$/.exec(isoWeek)
  if (!match) return isoWeek
  const year = Number(match[1])
  const week = Number(match[2])
  // ISO 8601: week 1 is the week with 4 January in it; weeks start on Monday.
  const jan4 = new Date(Date.UTC(year, 0, 4))
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000)
  const sunday = new Date(monday.getTime() + 6 * 86_400_000)
  const iso = (d: Date) => d.toISOString().slice(0, 10)
  return `week ${week} (${formatDateRange(iso(monday), iso(sunday), locale)})`
}

import { describe, expect, it } from 'vitest'
import { formatDate, formatDateRange, formatDateTime, formatSession, formatWeek } from './dates'
import { formatNumber, formatPercent } from './numbers'

describe('dates', () => {
  it('shows one date format per language', () => {
    expect(formatDate('2026-10-09', 'nl')).toBe('9 oktober 2026')
    expect(formatDate('2026-10-09', 'en')).toBe('9 October 2026')
  })

  it('shows an instant in Dutch time, whatever zone it came in', () => {
    // 23:30 UTC on 8 October is already 9 October in the Netherlands (summer time, UTC+2)
    expect(formatDateTime('2026-10-08T23:30:00Z', 'nl')).toBe('9 oktober 2026, 01:30')
    expect(formatDateTime('2026-12-09T08:05:00Z', 'en')).toBe('9 December 2026, 09:05')
  })

  it('never shifts a wall-clock time without a zone', () => {
    expect(formatSession('2027-03-01T19:30:00', '2027-03-01T21:00:00', 'nl')).toBe('1 maart 2027, 19:30–21:00')
  })

  it('writes a range of days in the same format', () => {
    expect(formatDateRange('2026-10-05', '2026-10-11', 'nl')).toBe('5–11 oktober 2026')
    expect(formatDateRange('2026-09-28', '2026-10-04', 'en')).toBe('28 September – 4 October 2026')
  })

  it('writes an ISO week as words with its days', () => {
    expect(formatWeek('2026-W41', 'nl')).toBe('week 41 (5–11 oktober 2026)')
    expect(formatWeek('2026-W41', 'en')).toBe('week 41 (5–11 October 2026)')
    expect(formatWeek('2026-W53', 'nl')).toBe('week 53 (28 december 2026 – 3 januari 2027)')
    expect(formatWeek('not a week', 'nl')).toBe('not a week')
  })
})

describe('numbers', () => {
  it('uses the separators of the language', () => {
    expect(formatNumber(1234.5, 'nl', 1)).toBe('1.234,5')
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5')
    expect(formatPercent(12.25, 'nl')).toBe('12,3%')
  })
})

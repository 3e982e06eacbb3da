// Session and round times arrive as Dutch wall-clock time without a zone ("2027-03-01T19:30:00"): show them as
// they are, never shifted by the browser's zone.
function parts(value: string) {
  const [date, time = '00:00'] = value.split('T')
  const [year, month, day] = date.split('-').map(Number)
  return { year, month, day, time: time.slice(0, 5) }
}

export function formatDay(value: string, locale = 'nl-NL'): string {
  const { year, month, day } = parts(value)
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)))
}

export function formatTime(value: string): string {
  return parts(value).time
}

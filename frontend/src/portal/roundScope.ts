// Which theme cards a round's input form shows: a round with themes asks only about those; without themes, about all.
import type { Veiligheidsveld } from '@shared/api'

export function limitToRound(velden: Veiligheidsveld[], roundThemeCodes: string[]): Veiligheidsveld[] {
  if (roundThemeCodes.length === 0) return velden
  const inScope = new Set(roundThemeCodes)
  return velden
    .map((veld) => ({ ...veld, themes: veld.themes.filter((theme) => inScope.has(theme.code)) }))
    .filter((veld) => veld.themes.length > 0)
}

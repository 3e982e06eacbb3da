// Which theme cards a round's input form shows: a round with themes asks only about those; without themes, about all.
import type { Round, Veiligheidsveld } from '@shared/api'

export function limitToRound(velden: Veiligheidsveld[], roundThemeCodes: string[]): Veiligheidsveld[] {
  if (roundThemeCodes.length === 0) return velden
  const inScope = new Set(roundThemeCodes)
  return velden
    .map((veld) => ({ ...veld, themes: veld.themes.filter((theme) => inScope.has(theme.code)) }))
    .filter((veld) => veld.themes.length > 0)
}

// The open rounds a visitor of this group can give input for. The server says which groups a round takes
// (respondentTypes); the form asks to choose only when more than one round fits.
export function roundsForGroup(rounds: Round[], respondentType: string): Round[] {
  if (respondentType === '') return []
  return rounds.filter((round) => round.respondentTypes.includes(respondentType))
}

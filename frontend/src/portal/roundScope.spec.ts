import { describe, expect, it } from 'vitest'
import { limitToRound, roundsForGroup } from './roundScope'
import { velden } from './testing'

describe('limitToRound', () => {
  it('keeps only the themes of the round and drops velden left empty', () => {
    const limited = limitToRound(velden, ['3.1'])

    expect(limited.map((veld) => veld.code)).toEqual(['3'])
    expect(limited[0].themes.map((theme) => theme.code)).toEqual(['3.1'])
  })

  it('shows every theme for a round without themes', () => {
    expect(limitToRound(velden, [])).toEqual(velden)
  })

  it('leaves the original list untouched', () => {
    limitToRound(velden, ['1.2'])

    expect(velden[1].themes).toHaveLength(1)
  })
})

describe('roundsForGroup', () => {
  const round = (id: number, respondentTypes: string[]) => ({
    id, slug: `r${id}`, title: `Ronde ${id}`, doelgroep: 'IEDEREEN' as const, opensAt: '', closesAt: '', byInvitation: false, themeCodes: [],
    respondentTypes,
  })

  it('keeps the rounds that take input from this group', () => {
    const rounds = [round(1, ['INWONER', 'ONDERNEMER']), round(2, ['ONDERNEMER']), round(3, [])]

    expect(roundsForGroup(rounds, 'ONDERNEMER').map((r) => r.id)).toEqual([1, 2])
    expect(roundsForGroup(rounds, 'INWONER').map((r) => r.id)).toEqual([1])
  })

  it('offers nothing before the visitor says who they are', () => {
    expect(roundsForGroup([round(1, ['INWONER'])], '')).toEqual([])
  })
})

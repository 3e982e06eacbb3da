import { describe, expect, it } from 'vitest'
import { limitToRound } from './roundScope'
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

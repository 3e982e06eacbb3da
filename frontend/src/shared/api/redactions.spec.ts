import { describe, expect, it } from 'vitest'
import { segments, type Suspect } from './redactions'

const suspect = (start: number, end: number, kind: Suspect['kind'] = 'NAAM', kept = false): Suspect =>
  ({ field: 'problem', start, end, kind, text: '', kept })

describe('segments', () => {
  it('marks open suspects and leaves kept ones as plain text', () => {
    const text = 'Buurman Jansen belt 0612345678.'
    const parts = segments(text, [suspect(8, 14), suspect(20, 30, 'TELEFOON', true)])

    expect(parts.map((part) => [part.text, part.suspect?.kind ?? null])).toEqual([
      ['Buurman ', null], ['Jansen', 'NAAM'], [' belt 0612345678.', null],
    ])
  })

  it('lets a sentence-long accusation cover the name inside it once', () => {
    const text = 'Jan Smit steelt fietsen. Verder niets.'
    const parts = segments(text, [suspect(0, 24, 'BESCHULDIGING'), suspect(0, 8)])

    expect(parts.map((part) => part.text)).toEqual(['Jan Smit steelt fietsen.', ' Verder niets.'])
    expect(parts[0].suspect?.kind).toBe('BESCHULDIGING')
  })
})

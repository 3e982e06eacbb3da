import { describe, expect, it } from 'vitest'
import { snippetParts } from './snippet'

describe('snippetParts', () => {
  it('splits marked hits from plain text', () => {
    expect(snippetParts('Veel <mark>jongeren</mark> bij de <mark>school</mark>')).toEqual([
      { text: 'Veel ', marked: false },
      { text: 'jongeren', marked: true },
      { text: ' bij de ', marked: false },
      { text: 'school', marked: true },
    ])
  })

  it('turns escaped markup back into text instead of HTML', () => {
    expect(snippetParts('&lt;script&gt;alert(1)&lt;/script&gt; <mark>overlast</mark>')).toEqual([
      { text: '<script>alert(1)</script> ', marked: false },
      { text: 'overlast', marked: true },
    ])
  })

  it('gives nothing for an empty snippet', () => {
    expect(snippetParts(null)).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { defaultMapping, normalise } from './columnDefaults'

describe('defaultMapping', () => {
  it('maps the headers of an earlier Inbreng export', () => {
    expect(defaultMapping(['nummer', 'tekst', 'oplossing', 'thema', 'respondenttype'])).toEqual({
      id: 'nummer', text: 'tekst', solution: 'oplossing', theme: 'thema', respondent: 'respondenttype',
    })
  })

  it('recognises survey headers with capitals, accents and apostrophes', () => {
    expect(defaultMapping(['Respondent ID', 'Wat gaat er mis?', 'Uw idee', 'Thema’s', 'Ik ben een…'])).toEqual({
      id: 'Respondent ID', text: 'Wat gaat er mis?', solution: 'Uw idee', theme: 'Thema’s', respondent: 'Ik ben een…',
    })
  })

  it('uses each column once and prefers an exact name over a partial one', () => {
    const mapping = defaultMapping(['opmerking thema', 'thema', 'opmerking'])
    expect(mapping.theme).toBe('thema')
    expect(mapping.text).toBe('opmerking')
    expect(new Set(Object.values(mapping).filter(Boolean)).size).toBe(Object.values(mapping).filter(Boolean).length)
  })

  it('offers the first free column as text when no header looks like text', () => {
    expect(defaultMapping(['id', 'kolom A', 'kolom B'])).toEqual({
      id: 'id', text: 'kolom A', solution: '', theme: '', respondent: '',
    })
  })

  it('leaves everything empty for a file without columns', () => {
    expect(defaultMapping([])).toEqual({ text: '', solution: '', theme: '', id: '', respondent: '' })
  })
})

describe('normalise', () => {
  it('folds case, accents and punctuation', () => {
    expect(normalise("  Thema's ")).toBe('themas')
    expect(normalise('Categorieën / Category')).toBe('categorieen category')
  })
})

import { describe, expect, it } from 'vitest'
import { contentTypeOf, mappingQuery, XLSX_TYPE } from './imports'

describe('mappingQuery', () => {
  it('sends only the chosen columns, under the server’s parameter names', () => {
    expect(mappingQuery({ text: 'Wat gaat er mis?', solution: '', theme: 'Thema', id: '', respondent: '' }, 'enquête.csv'))
      .toBe('?textColumn=Wat+gaat+er+mis%3F&themeColumn=Thema&fileName=enqu%C3%AAte.csv')
  })

  it('names the round the rows land in, when one is chosen', () => {
    expect(mappingQuery({ text: 'Tekst' }, 'enquete.csv', 7)).toBe('?textColumn=Tekst&fileName=enquete.csv&roundId=7')
  })

  it('is empty when nothing is chosen, which asks the server for the columns only', () => {
    expect(mappingQuery({})).toBe('')
  })
})

describe('contentTypeOf', () => {
  it('recognises a workbook by name or type and treats everything else as CSV', () => {
    expect(contentTypeOf({ name: 'Enquete.XLSX', type: '' })).toBe(XLSX_TYPE)
    expect(contentTypeOf({ name: 'export', type: XLSX_TYPE })).toBe(XLSX_TYPE)
    expect(contentTypeOf({ name: 'enquete.csv', type: 'application/vnd.ms-excel' })).toBe('text/csv')
  })
})

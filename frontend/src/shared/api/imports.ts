// Typed calls for the spreadsheet import (ANALIST, BEHEERDER): a dry run that shows what would happen, then the import.
// The file goes up as the raw request body, through the client's upload (which reports progress).
import { upload, type Schemas } from '../api'

/** The largest file the server takes (micronaut.server.max-request-size). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Which column of the file holds what; only text is needed for an import. Empty means "not in this file". */
export interface ColumnMapping {
  text: string
  solution: string
  theme: string
  id: string
  respondent: string
}

export type PreviewTheme = Schemas['ImportsController.PreviewTheme']
export type PreviewRow = Schemas['ImportsController.RowView']
export type Rejection = Schemas['ImportPlan.Rejection']
export type ImportPreview = Schemas['ImportsController.PreviewView']
export type ImportResult = Schemas['ImportsController.ImportView']

/** The query string for a mapping; columns left empty are not sent. */
export function mappingQuery(mapping: Partial<ColumnMapping>, fileName?: string, roundId?: number): string {
  const params = new URLSearchParams()
  const names: Record<keyof ColumnMapping, string> = {
    text: 'textColumn', solution: 'solutionColumn', theme: 'themeColumn', id: 'idColumn', respondent: 'respondentColumn',
  }
  for (const key of Object.keys(names) as Array<keyof ColumnMapping>) {
    const value = mapping[key]
    if (value) params.set(names[key], value)
  }
  if (fileName) params.set('fileName', fileName)
  if (roundId) params.set('roundId', String(roundId))
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** The content type to send: browsers often leave a CSV's type empty or call it application/vnd.ms-excel. */
export function contentTypeOf(file: { name: string; type: string }): string {
  if (file.name.toLowerCase().endsWith('.xlsx') || file.type === XLSX_TYPE) return XLSX_TYPE
  return 'text/csv'
}

export const importsApi = {
  /** Without a text column the answer holds only the file's columns. */
  preview: (file: Blob, contentType: string, mapping: Partial<ColumnMapping>, onProgress?: (percent: number) => void) =>
    upload<ImportPreview>(`/api/admin/imports/preview${mappingQuery(mapping)}`, file, contentType, onProgress),
  /** Without a round every row lands in the round open for its group now (the server's rule). */
  run: (file: Blob, contentType: string, mapping: ColumnMapping, fileName: string, onProgress?: (percent: number) => void,
    roundId?: number) =>
    upload<ImportResult>(`/api/admin/imports${mappingQuery(mapping, fileName, roundId)}`, file, contentType, onProgress),
}

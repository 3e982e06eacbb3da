// Typed calls for the spreadsheet import (ANALIST, BEHEERDER): a dry run that shows what would happen, then the import.
// The file goes up as the raw request body. XMLHttpRequest instead of fetch, because only it reports upload progress.
import { ApiError, type FieldError } from '../api'

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

export interface PreviewTheme {
  code: string | null
  name: string
  isNew: boolean
}

export interface PreviewRow {
  line: number
  problem: string
  solution: string | null
  externalId: string | null
  respondentType: string
  themes: PreviewTheme[]
}

export interface Rejection {
  line: number
  reason: string
}

export interface ImportPreview {
  columns: string[]
  importable: number
  rows: PreviewRow[]
  rejected: Rejection[]
  newThemes: string[]
}

export interface ImportResult {
  importId: number
  imported: number
  ids: number[]
  rejected: Rejection[]
  newThemes: Array<{ code: string | null; name: string }>
}

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

function upload<T>(path: string, file: Blob, contentType: string, csrfToken: string,
  onProgress?: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', path)
    request.setRequestHeader('Content-Type', contentType)
    request.setRequestHeader('Accept', 'application/json')
    request.setRequestHeader('X-CSRF-Token', csrfToken)
    request.withCredentials = true
    if (onProgress) {
      request.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100))
      }
    }
    request.onload = () => {
      let body: Record<string, unknown> = {}
      try {
        body = JSON.parse(request.responseText || '{}')
      } catch {
        body = {}
      }
      if (request.status >= 200 && request.status < 300) resolve(body as T)
      else {
        reject(new ApiError(request.status, String(body.title ?? request.statusText),
          (body.errors as FieldError[] | undefined) ?? [], (body.detail as string | undefined) ?? null))
      }
    }
    request.onerror = () => reject(new ApiError(0, 'network'))
    request.send(file)
  })
}

export const importsApi = {
  /** Without a text column the answer holds only the file's columns. */
  preview: async (file: Blob, contentType: string, mapping: Partial<ColumnMapping>, csrfToken: string,
    onProgress?: (percent: number) => void): Promise<ImportPreview> => {
    const preview = await upload<Partial<ImportPreview>>(`/api/admin/imports/preview${mappingQuery(mapping)}`, file,
      contentType, csrfToken, onProgress)
    return {
      columns: preview.columns ?? [],
      importable: preview.importable ?? 0,
      rows: (preview.rows ?? []).map((row) => ({ ...row, themes: row.themes ?? [] })),
      rejected: preview.rejected ?? [],
      newThemes: preview.newThemes ?? [],
    }
  },
  /** Without a round every row lands in the round open for its group now (the server's rule). */
  run: async (file: Blob, contentType: string, mapping: ColumnMapping, fileName: string, csrfToken: string,
    onProgress?: (percent: number) => void, roundId?: number): Promise<ImportResult> => {
    const result = await upload<Partial<ImportResult>>(`/api/admin/imports${mappingQuery(mapping, fileName, roundId)}`, file,
      contentType, csrfToken, onProgress)
    return {
      importId: result.importId ?? 0,
      imported: result.imported ?? 0,
      ids: result.ids ?? [],
      rejected: result.rejected ?? [],
      newThemes: result.newThemes ?? [],
    }
  },
}

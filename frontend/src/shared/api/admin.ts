// Typed calls for the werkgroep's admin API: session, inbox, detail and moderation.
// Every state-changing call carries the X-CSRF-Token header of the signed-in session.
// The server leaves empty lists out of its JSON, so the functions below fill them in again.
import { api } from '../api'

export type AdminRole = 'BEHEERDER' | 'ANALIST' | 'FACILITATOR' | 'KRAAM' | 'INSTALLATIEBEHEERDER'

export interface AdminSession {
  username: string
  roles: AdminRole[]
  csrfToken: string
}

export interface InboxItem {
  id: number
  problem: string | null
  solution: string | null
  themeCodes: string[]
  channel: string
  areaCode: string | null
  roundId: number | null
  respondentType: string
  status: string
  createdAt: string
  highlight: string | null
  /** The input itself plus the near-duplicates merged into it (1 when nothing was merged). */
  count: number
}

export interface Inbox {
  total: number
  items: InboxItem[]
  facets: Record<string, Record<string, number>>
  typoTolerant: boolean
}

/** The inbox filters; empty values are left out of the query. Lists are sent comma-separated. */
export interface InboxQuery {
  q?: string
  veld?: string
  theme?: string
  channel?: string
  area?: string
  round?: string
  respondentType?: string
  status?: string
  unsure?: boolean
  from?: string
  to?: string
  sort?: 'relevance' | 'newest' | 'oldest'
  page?: number
  size?: number
}

export interface ThemeTag {
  code: string
  primary: boolean
}

export interface SubmissionDetail {
  id: number
  problem: string | null
  solution: string | null
  themes: ThemeTag[]
  themeCodes: string[]
  channel: string
  areaCode: string | null
  roundId: number | null
  respondentType: string
  ageBand: string | null
  status: string
  themeUnsure: boolean
  createdAt: string
  updatedAt: string
  areaName: string | null
  roundTitle: string | null
  /** Set when this input was merged into another one. */
  duplicateOf: number | null
  /** The near-duplicates merged into this input. */
  duplicates: MergedInput[]
  /** This input plus its merged duplicates. */
  count: number
}

export interface MergedInput {
  id: number
  problem: string | null
  channel: string
  createdAt: string
}

/** An input that looks like another; {@code nearDuplicate} when the texts are almost the same. */
export interface DuplicateCandidate {
  id: number
  problem: string | null
  channel: string
  status: string
  createdAt: string
  nearDuplicate: boolean
}

export interface ThemeSuggestion {
  code: string
  score: number
  /** Why the theme is suggested (ADR 0100): absent from older servers. */
  explanation?: SuggestionExplanation
}

export interface SuggestionExplanation {
  /** Inputs tagged with this theme that the model learnt from. */
  taggedInputs: number
  /** Share (0..1) of the score that came from the theme's own text rather than from tagged inputs. */
  fromThemeText: number
  /** Words of this input that pushed the theme most. */
  words: string[]
  /** The most similar inputs tagged with this theme. */
  similar: { id: number; snippet: string; similarity: number }[]
}

export interface Note {
  id: number
  author: string
  text: string
  createdAt: string
}

export const HIDE_REASONS = ['PERSOONSGEGEVENS', 'BELEDIGEND', 'NIET_OVER_VEILIGHEID', 'DUBBEL', 'OVERIG'] as const
export type HideReason = (typeof HIDE_REASONS)[number]

export type BulkAction =
  | { action: 'HIDE'; reasonCode: HideReason }
  | { action: 'SPAM' }
  | { action: 'RETAG'; primary: string; secondary: string[] }

export interface BulkOutcome {
  changed: number[]
  skipped: Array<{ id: number; reason: string }>
}

let csrfToken = ''

/** The session store hands the token of the signed-in user here; it is cleared on logout. */
export function setAdminCsrfToken(token: string) {
  csrfToken = token
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** One admin call; adds the CSRF header to every state-changing method. */
/** The session's CSRF token, for the few calls that send a file instead of JSON. */
export const currentCsrfToken = () => csrfToken

export function adminRequest<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = STATE_CHANGING.has(method) ? { 'X-CSRF-Token': csrfToken } : {}
  return api.request<T>(method, path, body, headers)
}

export function inboxQueryString(query: InboxQuery): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '' || value === false) continue
    params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

export const adminApi = {
  login: (username: string, password: string) =>
    adminRequest<AdminSession>('POST', '/api/admin/login', { username, password }),
  logout: () => adminRequest<void>('POST', '/api/admin/logout'),
  me: () => adminRequest<AdminSession>('GET', '/api/admin/me'),
  inbox: async (query: InboxQuery): Promise<Inbox> => {
    const inbox = await adminRequest<Partial<Inbox>>('GET', `/api/admin/submissions${inboxQueryString(query)}`)
    return {
      total: inbox.total ?? 0,
      items: (inbox.items ?? []).map((item) => ({ ...item, themeCodes: item.themeCodes ?? [], count: item.count ?? 1 })),
      facets: inbox.facets ?? {},
      typoTolerant: inbox.typoTolerant ?? false,
    }
  },
  submission: async (id: number): Promise<SubmissionDetail> => {
    const detail = await adminRequest<SubmissionDetail>('GET', `/api/admin/submissions/${id}`)
    return {
      ...detail, themes: detail.themes ?? [], themeCodes: detail.themeCodes ?? [], areaName: detail.areaName ?? null,
      roundTitle: detail.roundTitle ?? null, duplicateOf: detail.duplicateOf ?? null,
      duplicates: detail.duplicates ?? [], count: detail.count ?? 1,
    }
  },
  nearDuplicates: async (id: number): Promise<DuplicateCandidate[]> =>
    (await adminRequest<DuplicateCandidate[] | null>('GET', `/api/admin/submissions/${id}/near-duplicates`)) ?? [],
  merge: (id: number, ids: number[]) =>
    adminRequest<{ id: number; duplicates?: number[]; count: number }>(
      'POST', `/api/admin/submissions/${id}/merge`, { ids }),
  unmerge: (id: number) =>
    adminRequest<{ id: number; mergedInto: number; status: string }>('POST', `/api/admin/submissions/${id}/unmerge`, {}),
  suggestions: (id: number) => adminRequest<ThemeSuggestion[]>('GET', `/api/admin/submissions/${id}/theme-suggestions`),
  retag: (id: number, primary: string, secondary: string[]) =>
    adminRequest<{ id: number; primary: string; secondary?: string[]; status: string }>(
      'PUT', `/api/admin/submissions/${id}/themes`, { primary, secondary }),
  hide: (id: number, reasonCode: HideReason) =>
    adminRequest<{ id: number; status: string }>('POST', `/api/admin/submissions/${id}/hide`, { reasonCode }),
  spam: (id: number) => adminRequest<{ id: number; status: string }>('POST', `/api/admin/submissions/${id}/spam`, {}),
  restore: (id: number) =>
    adminRequest<{ id: number; status: string }>('POST', `/api/admin/submissions/${id}/restore`, {}),
  notes: (id: number) => adminRequest<Note[]>('GET', `/api/admin/submissions/${id}/notes`),
  addNote: (id: number, text: string) => adminRequest<Note>('POST', `/api/admin/submissions/${id}/notes`, { text }),
  bulk: async (ids: number[], action: BulkAction): Promise<BulkOutcome> => {
    const outcome = await adminRequest<Partial<BulkOutcome>>('POST', '/api/admin/submissions/bulk', { ids, ...action })
    return { changed: outcome.changed ?? [], skipped: outcome.skipped ?? [] }
  },
}

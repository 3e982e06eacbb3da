// Typed calls for the werkgroep's admin API: session, inbox, detail and moderation.
// The types are the backend's own records (openapi.yml); the client adds the CSRF header to every change.
import { address, call, type PathWith, type Schemas } from '../api'

export type AdminRole = Schemas['Role']
export type AdminSession = Schemas['AdminAuthController.SessionView']
export type InboxItem = Schemas['AdminSubmissionsController.InboxItem']
export type Inbox = Schemas['AdminSubmissionsController.Inbox']
export type ThemeTag = Schemas['ShowSubmission.ThemeTag']
export type SubmissionDetail = Schemas['ShowSubmission.Detail']
export type MergedInput = Schemas['ShowSubmission.MergedInput']
/** An input that looks like another; {@code nearDuplicate} when the texts are almost the same. */
export type DuplicateCandidate = Schemas['NearDuplicateCandidates.Candidate']
export type ThemeSuggestion = Schemas['AdminSubmissionsController.SuggestionView']
/** Why a theme is suggested (ADR 0100). */
export type SuggestionExplanation = Schemas['AdminSubmissionsController.ExplanationView']
export type Note = Schemas['NoteView']
export type BulkOutcome = Schemas['BulkModerate.Outcome']

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

export const HIDE_REASONS = ['PERSOONSGEGEVENS', 'BELEDIGEND', 'NIET_OVER_VEILIGHEID', 'DUBBEL', 'OVERIG'] as const
export type HideReason = (typeof HIDE_REASONS)[number]

export type BulkAction =
  | { action: 'HIDE'; reasonCode: HideReason }
  | { action: 'SPAM' }
  | { action: 'RETAG'; primary: string; secondary: string[] }

/** The query as the server reads it: "unsure" only when ticked. */
function inboxParameters(query: InboxQuery) {
  return { ...query, unsure: query.unsure ? 'true' : undefined }
}

export const adminApi = {
  /** Where the inbox's selection downloads as CSV or Excel (a link, so the browser saves the file). */
  exportUrl: (format: 'csv' | 'xlsx', query: InboxQuery & { includeContact?: boolean }) =>
    address(`/api/admin/exports/submissions.${format}` satisfies PathWith<'GET'>, {},
      { ...inboxParameters(query), includeContact: query.includeContact ? 'true' : undefined }),
  login: (username: string, password: string) => call('POST', '/api/admin/login', { body: { username, password } }),
  logout: () => call('POST', '/api/admin/logout'),
  me: () => call('GET', '/api/admin/me'),
  inbox: (query: InboxQuery) => call('GET', '/api/admin/submissions', { query: inboxParameters(query) }),
  submission: (id: number) => call('GET', '/api/admin/submissions/{id}', { path: { id } }),
  nearDuplicates: (id: number) => call('GET', '/api/admin/submissions/{id}/near-duplicates', { path: { id } }),
  merge: (id: number, ids: number[]) => call('POST', '/api/admin/submissions/{id}/merge', { path: { id }, body: { ids } }),
  unmerge: (id: number) => call('POST', '/api/admin/submissions/{id}/unmerge', { path: { id } }),
  suggestions: (id: number) => call('GET', '/api/admin/submissions/{id}/theme-suggestions', { path: { id } }),
  retag: (id: number, primary: string, secondary: string[]) =>
    call('PUT', '/api/admin/submissions/{id}/themes', { path: { id }, body: { primary, secondary } }),
  hide: (id: number, reasonCode: HideReason) =>
    call('POST', '/api/admin/submissions/{id}/hide', { path: { id }, body: { reasonCode } }),
  spam: (id: number) => call('POST', '/api/admin/submissions/{id}/spam', { path: { id } }),
  restore: (id: number) => call('POST', '/api/admin/submissions/{id}/restore', { path: { id } }),
  notes: (id: number) => call('GET', '/api/admin/submissions/{id}/notes', { path: { id } }),
  addNote: (id: number, text: string) => call('POST', '/api/admin/submissions/{id}/notes', { path: { id }, body: { text } }),
  bulk: (ids: number[], action: BulkAction) => call('POST', '/api/admin/submissions/bulk', { body: { ids, ...action } }),
}

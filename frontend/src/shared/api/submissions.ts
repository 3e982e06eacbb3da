// Typed calls for the resident's own input and priorities (POST/GET/DELETE /api/v1/submissions, /api/v1/priorities).
import { api } from '../api'

export const respondentTypes = ['INWONER', 'ONDERNEMER', 'PROFESSIONAL', 'JONGERE', 'ANDERS'] as const
export type RespondentType = (typeof respondentTypes)[number]
export const ageBands = ['0-17', '18-29', '30-44', '45-64', '65+'] as const

export interface SubmissionDraft {
  themeCodes: string[]
  themeUnsure: boolean
  problem: string
  solution: string
  areaCode: string
  respondentType: RespondentType | ''
  ageBand: string
  roundId: number | null
  contact: { name: string; email: string; phone: string }
  consent: boolean
  /** Honeypot: hidden from people, left empty by them. */
  website: string
}

export interface Receipt {
  id: number
  receipt: string
}

export interface OwnSubmission {
  id: number
  status: string
  problem: string | null
  solution: string | null
  themeCodes: string[]
  themeUnsure: boolean
  areaCode: string | null
  respondentType: string
  ageBand: string | null
  channel: string
  createdAt: string
  withdrawnAt: string | null
  contact: { name: string | null; email: string | null; phone: string | null; purpose: string; deleteAfter: string } | null
}

export function emptyDraft(): SubmissionDraft {
  return {
    themeCodes: [],
    themeUnsure: false,
    problem: '',
    solution: '',
    areaCode: '',
    respondentType: '',
    ageBand: '',
    roundId: null,
    contact: { name: '', email: '', phone: '' },
    consent: false,
    website: '',
  }
}

/** The body the API expects: empty optional fields are left out, contact only when something was typed. */
export function toRequestBody(draft: SubmissionDraft) {
  const hasContact = [draft.contact.name, draft.contact.email, draft.contact.phone].some((v) => v.trim() !== '')
  return {
    themeCodes: draft.themeUnsure ? [] : draft.themeCodes,
    themeUnsure: draft.themeUnsure,
    problem: draft.problem,
    solution: draft.solution || undefined,
    areaCode: draft.areaCode || undefined,
    respondentType: draft.respondentType,
    ageBand: draft.ageBand || undefined,
    roundId: draft.roundId ?? undefined,
    contact: hasContact ? draft.contact : undefined,
    consent: hasContact ? draft.consent : undefined,
    website: draft.website || undefined,
  }
}

export function newIdempotencyKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`
}

/** A theme the form proposes for what the resident wrote ("Gaat het hierover?"). */
export interface ThemeProposal {
  code: string
  name: string
  description: string | null
}

export const submissionsApi = {
  /** The suggestion model's two or three most likely themes; the server keeps nothing of the text. */
  proposeThemes: (problem: string, solution: string, lang: string) =>
    api.request<ThemeProposal[]>('POST', `/api/v1/theme-suggestions?lang=${lang}`, { problem, solution }),
  give: (draft: SubmissionDraft, idempotencyKey: string) =>
    api.request<Receipt>('POST', '/api/v1/submissions', toRequestBody(draft), { 'Idempotency-Key': idempotencyKey }),
  view: (receipt: string) => api.request<OwnSubmission>('GET', `/api/v1/submissions/${encodeURIComponent(receipt.trim())}`),
  withdraw: (receipt: string) => api.request<void>('DELETE', `/api/v1/submissions/${encodeURIComponent(receipt.trim())}`),
  castPriorities: (themeCodes: string[], idempotencyKey: string, roundId?: number) =>
    api.request<{ id: number }>('POST', '/api/v1/priorities', { themeCodes, roundId }, { 'Idempotency-Key': idempotencyKey }),
}

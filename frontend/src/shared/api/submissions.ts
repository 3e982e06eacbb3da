// Typed calls for the resident's own input and priorities (POST/GET/DELETE /api/v1/submissions, /api/v1/priorities).
import { call, type Schemas } from '../api'

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

export type Receipt = Schemas['SubmissionsController.Created']
export type OwnSubmission = Schemas['ViewOwnSubmission.OwnSubmission']

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
export type ThemeProposal = Schemas['SuggestThemesForResident.Proposal']

const receiptPath = (receipt: string) => ({ receipt: receipt.trim() })

export const submissionsApi = {
  /** The suggestion model's two or three most likely themes; the server keeps nothing of the text. */
  proposeThemes: (problem: string, solution: string, lang: string) =>
    call('POST', '/api/v1/theme-suggestions', { query: { lang }, body: { problem, solution } }),
  give: (draft: SubmissionDraft, idempotencyKey: string) =>
    call('POST', '/api/v1/submissions', { body: toRequestBody(draft), headers: { 'Idempotency-Key': idempotencyKey } }),
  view: (receipt: string) => call('GET', '/api/v1/submissions/{receipt}', { path: receiptPath(receipt) }),
  withdraw: (receipt: string) => call('DELETE', '/api/v1/submissions/{receipt}', { path: receiptPath(receipt) }),
  castPriorities: (themeCodes: string[], idempotencyKey: string, roundId?: number, respondentType?: string) =>
    call('POST', '/api/v1/priorities', {
      body: { themeCodes, roundId, respondentType },
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
}

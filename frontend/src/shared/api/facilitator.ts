// Typed calls for facilitator mode (admin, roles FACILITATOR or BEHEERDER). State-changing calls carry the CSRF token.
import { api } from '../api'

export interface AdminMe {
  username: string
  roles: string[]
  csrfToken: string
}

export interface FacilitatorSession {
  id: number
  title: string
  startsAt: string
  place: string
  capacity: number
  verslagPublished: boolean
}

/** A thematafel as staff plan it (GET /api/admin/tables); times are Dutch wall-clock time. */
export interface PlannedSession extends FacilitatorSession {
  description: string | null
  themeCodes: string[]
  endsAt: string
  facilitator: string | null
  roundId: number | null
  doelgroep: string | null
  confirmed: number
  waitlisted: number
}

/** What the planning form sends, for a new session and for a change. */
export interface SessionPlan {
  title: string
  description?: string
  themeCodes: string[]
  startsAt: string
  endsAt: string
  place: string
  capacity: number | null
  facilitator?: string
  roundId?: number
  doelgroep?: string
}

// The server leaves empty lists and absent values out of its JSON.
const planned = (session: Partial<PlannedSession> & { id: number }): PlannedSession => ({
  title: '', startsAt: '', endsAt: '', place: '', capacity: 0, verslagPublished: false, confirmed: 0, waitlisted: 0,
  ...session,
  description: session.description ?? null,
  facilitator: session.facilitator ?? null,
  roundId: session.roundId ?? null,
  doelgroep: session.doelgroep ?? null,
  themeCodes: session.themeCodes ?? [],
})

export interface Participant {
  id: number
  name: string
  organisation: string | null
  accessNeeds: string | null
  status: 'CONFIRMED' | 'WAITLISTED'
  attended: boolean | null
}

export interface Outcome {
  id: number
  submissionId: number
  themeCode: string
  problem: string | null
  solution: string | null
  priorityRank: number | null
  advice: string | null
}

export interface SessionDetail {
  id: number
  title: string
  startsAt: string
  endsAt: string
  place: string
  capacity: number
  facilitator: string | null
  participants: Participant[]
  outcomes: Outcome[]
  verslag: string | null
  verslagPublishedAt: string | null
}

export interface OutcomeForm {
  themeCode: string
  problem: string
  solution?: string
  priorityRank?: number
  advice?: string
}

const csrf = (token: string) => ({ 'X-CSRF-Token': token })

export const facilitatorApi = {
  me: () => api.request<AdminMe>('GET', '/api/admin/me'),
  sessions: () => api.request<FacilitatorSession[]>('GET', '/api/admin/tables'),
  planned: async () => (await api.request<PlannedSession[]>('GET', '/api/admin/tables')).map(planned),
  plan: async (token: string, plan: SessionPlan) =>
    planned(await api.request<PlannedSession>('POST', '/api/admin/tables', plan, csrf(token))),
  change: async (token: string, id: number, plan: SessionPlan) =>
    planned(await api.request<PlannedSession>('PUT', `/api/admin/tables/${id}`, plan, csrf(token))),
  // The server leaves empty lists out of its JSON: a new session has no outcomes and maybe no participants yet.
  session: async (id: number) => {
    const detail = await api.request<SessionDetail>('GET', `/api/admin/tables/${id}`)
    return { ...detail, participants: detail.participants ?? [], outcomes: detail.outcomes ?? [] }
  },
  attendance: (token: string, sessionId: number, registrationId: number, attended: boolean) =>
    api.request<void>(
      'PUT',
      `/api/admin/tables/${sessionId}/registrations/${registrationId}/attendance`,
      { attended },
      csrf(token),
    ),
  recordOutcome: (token: string, sessionId: number, form: OutcomeForm) =>
    api.request<Outcome>('POST', `/api/admin/tables/${sessionId}/outcomes`, form, csrf(token)),
  publishVerslag: (token: string, sessionId: number, text: string) =>
    api.request<void>('PUT', `/api/admin/tables/${sessionId}/verslag`, { text }, csrf(token)),
}

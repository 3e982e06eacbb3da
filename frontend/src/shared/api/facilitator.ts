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

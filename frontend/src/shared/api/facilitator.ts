// Typed calls for facilitator mode and the planning of thematafels (admin, roles FACILITATOR or BEHEERDER).
import { call, type Schemas } from '../api'

/** A thematafel as staff plan it (GET /api/admin/tables); times are Dutch wall-clock time. */
export type PlannedSession = Schemas['PlannedSessions.PlannedSession']
/** What the planning form sends, for a new session and for a change. */
export type SessionPlan = Schemas['FacilitatorRequests.NewSession']
export type Participant = Schemas['FacilitatorController.Participant']
export type Outcome = Schemas['FacilitatorController.OutcomeView']
export type SessionDetail = Schemas['FacilitatorController.SessionDetail']
export type OutcomeForm = Schemas['FacilitatorRequests.Outcome']

export const facilitatorApi = {
  sessions: () => call('GET', '/api/admin/tables'),
  planned: () => call('GET', '/api/admin/tables'),
  plan: (plan: SessionPlan) => call('POST', '/api/admin/tables', { body: plan }),
  change: (id: number, plan: SessionPlan) => call('PUT', '/api/admin/tables/{id}', { path: { id }, body: plan }),
  session: (id: number) => call('GET', '/api/admin/tables/{id}', { path: { id } }),
  attendance: (sessionId: number, registrationId: number, attended: boolean) =>
    call('PUT', '/api/admin/tables/{id}/registrations/{registrationId}/attendance',
      { path: { id: sessionId, registrationId }, body: { attended } }),
  recordOutcome: (sessionId: number, form: OutcomeForm) =>
    call('POST', '/api/admin/tables/{id}/outcomes', { path: { id: sessionId }, body: form }),
  publishVerslag: (sessionId: number, text: string) =>
    call('PUT', '/api/admin/tables/{id}/verslag', { path: { id: sessionId }, body: { text } }),
}

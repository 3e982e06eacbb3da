// Typed calls for the beheerder's rounds and organisation invitations (/api/admin/rounds). Changes carry the CSRF token.
import { api } from '../api'

export const doelgroepen = ['INWONERS', 'WIJKRADEN', 'ONDERNEMERS', 'PROFESSIONALS', 'IEDEREEN'] as const
export const organisationKinds = [
  'WIJKRAAD',
  'ONDERNEMERSVERENIGING',
  'BEDRIJVENPARK',
  'SCHOOL',
  'POLITIE',
  'ZORG_EN_WELZIJN',
  'ANDERS',
] as const

export interface RoundSummary {
  id: number
  slug: string
  title: string
  doelgroep: string
  opensAt: string
  closesAt: string
  byInvitation: boolean
}

export interface NewRound {
  slug: string
  title: string
  doelgroep: string
  intro?: string
  /** Left out when not filled in: the server then names the missing field. */
  opensAt?: string
  closesAt?: string
  byInvitation: boolean
  themeCodes: string[]
}

export interface NewInvitation {
  name: string
  kind: string
  contactName?: string
  contactEmail?: string
}

export interface Invited {
  invitationId: number
  organisationId: number
  organisationName: string
  code: string
  expiresAt: string
}

const csrf = (token: string) => ({ 'X-CSRF-Token': token })

export const roundsAdminApi = {
  list: () => api.request<RoundSummary[]>('GET', '/api/admin/rounds'),
  create: (token: string, round: NewRound) => api.request<RoundSummary>('POST', '/api/admin/rounds', round, csrf(token)),
  invite: (token: string, roundId: number, invitation: NewInvitation) =>
    api.request<Invited>('POST', `/api/admin/rounds/${roundId}/invitations`, invitation, csrf(token)),
}

// Typed calls for the beheerder's rounds and organisation invitations (/api/admin/rounds).
import { call, type Schemas } from '../api'

export type Doelgroep = Schemas['Round.Doelgroep']
export type OrganisationKind = Schemas['Organisation.Kind']

// The choices in their screen order; `satisfies` fails the type check when the server renames a value.
export const doelgroepen = ['INWONERS', 'WIJKRADEN', 'ONDERNEMERS', 'PROFESSIONALS', 'IEDEREEN'] as const satisfies readonly Doelgroep[]
export const organisationKinds = [
  'WIJKRAAD',
  'ONDERNEMERSVERENIGING',
  'BEDRIJVENPARK',
  'SCHOOL',
  'POLITIE',
  'ZORG_EN_WELZIJN',
  'ANDERS',
] as const satisfies readonly OrganisationKind[]

/** A round in the beheerder's list. */
export type RoundSummary = Schemas['RoundsAdminController.RoundSummary']
export type NewRound = Schemas['CreateRound.NewRound']
export type NewInvitation = Schemas['InviteOrganisation.NewInvitation']
export type Invited = Schemas['InviteOrganisation.Invited']

export const roundsAdminApi = {
  list: () => call('GET', '/api/admin/rounds'),
  create: (round: NewRound) => call('POST', '/api/admin/rounds', { body: round }),
  invite: (roundId: number, invitation: NewInvitation) =>
    call('POST', '/api/admin/rounds/{id}/invitations', { path: { id: roundId }, body: invitation }),
}

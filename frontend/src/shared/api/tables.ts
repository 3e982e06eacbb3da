// Typed calls for thematafels and a person's own registration.
import { call, type Schemas } from '../api'

/** A thematafel as the public sees it; doelgroep: who it is for (a round's doelgroep), absent when not chosen. */
export type TableSession = Schemas['TableViews.SessionView']
export type RegistrationForm = Schemas['RegistrationRequest']
export type Registered = Schemas['TableViews.RegisteredView']
export type MyRegistration = Schemas['TableViews.MyRegistrationView']

export const tablesApi = {
  list: () => call('GET', '/api/v1/tables'),
  get: (id: number) => call('GET', '/api/v1/tables/{id}', { path: { id } }),
  register: (id: number, form: RegistrationForm) => call('POST', '/api/v1/tables/{id}/registrations', { path: { id }, body: form }),
  mine: (token: string) => call('GET', '/api/v1/registrations/{token}', { path: { token } }),
  cancel: (token: string) => call('DELETE', '/api/v1/registrations/{token}', { path: { token } }),
}

// Typed calls for thematafels and a person's own registration.
import { api } from '../api'

export interface TableSession {
  id: number
  title: string
  description: string | null
  themeCodes: string[]
  startsAt: string
  endsAt: string
  place: string
  capacity: number
  seatsLeft: number
  waitlisted: number
  facilitator: string | null
  verslagPublished: boolean
  /** Who the session is for (a round's doelgroep); absent when not chosen. */
  doelgroep?: string | null
}

export interface RegistrationForm {
  name: string
  organisation?: string
  email: string
  accessNeeds?: string
}

export interface Registered {
  status: 'CONFIRMED' | 'WAITLISTED'
  token: string
  waitlistPosition: number | null
  message: string
}

export interface MyRegistration {
  session: TableSession
  name: string
  organisation: string | null
  status: 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED'
  waitlistPosition: number | null
  verslag: string | null
}

export const tablesApi = {
  list: () => api.request<TableSession[]>('GET', '/api/v1/tables'),
  get: (id: number) => api.request<TableSession>('GET', `/api/v1/tables/${id}`),
  register: (id: number, form: RegistrationForm) =>
    api.request<Registered>('POST', `/api/v1/tables/${id}/registrations`, form),
  mine: (token: string) => api.request<MyRegistration>('GET', `/api/v1/registrations/${encodeURIComponent(token)}`),
  cancel: (token: string) => api.request<void>('DELETE', `/api/v1/registrations/${encodeURIComponent(token)}`),
}

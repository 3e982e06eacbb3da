// Typed calls for the market-stall kiosk (/kraam) and the beheerder's stall-day screens.
import { api } from '../api'
import type { RespondentType } from './submissions'

export interface KioskInput {
  themeCodes: string[]
  problem: string
  solution?: string
  areaCode?: string
  respondentType?: RespondentType
}

/** The round a stall day collects for; an empty themeCodes list means every theme. */
export interface KioskRound {
  id: number
  slug: string
  title: string
  closesAt: string
  themeCodes: string[]
}

/** The stall day as the tablet keeps it for offline restarts. */
export interface KioskMoment {
  name: string
  place: string
  date: string
  round: KioskRound | null
}

export interface KioskUnlocked {
  sessionToken: string
  deviceId: string
  name: string
  place: string
  date: string
  expiresAt: string
}

export interface KioskStats {
  name: string
  place: string
  date: string
  storedToday: number
  storedTodayThisDevice: number
}

export interface KraammomentItem {
  id: number
  name: string
  place: string
  heldOn: string
  kioskToken: string
  inputs: number
  /** The round its stall and paper input land in; absent when no round was open for it. */
  roundId?: number | null
  roundTitle?: string | null
}

export interface KraammomentCreated {
  id: number
  name: string
  place: string
  date: string
  kioskToken: string
  kioskPath: string
  unlockCode: string
  roundId?: number | null
}

const session = (token: string) => ({ 'X-Kiosk-Session': token })

export const kioskApi = {
  unlock: (kioskToken: string, code: string, deviceId?: string) =>
    api.request<KioskUnlocked>('POST', '/api/v1/kiosk/unlock', { kioskToken, code, deviceId }),
  send: (sessionToken: string, idempotencyKey: string, input: KioskInput) =>
    api.request<{ id: number }>('POST', '/api/v1/kiosk/submissions', input, {
      ...session(sessionToken),
      'Idempotency-Key': idempotencyKey,
    }),
  stats: (sessionToken: string) => api.request<KioskStats>('GET', '/api/v1/kiosk/stats', undefined, session(sessionToken)),
  moment: async (sessionToken: string): Promise<KioskMoment> => {
    // The server leaves empty lists and absent values out of its JSON.
    const moment = await api.request<Partial<KioskMoment>>('GET', '/api/v1/kiosk/moment', undefined, session(sessionToken))
    const round = moment.round ? { ...moment.round, themeCodes: moment.round.themeCodes ?? [] } : null
    return { name: moment.name ?? '', place: moment.place ?? '', date: moment.date ?? '', round }
  },
  lock: (sessionToken: string) => api.request<void>('POST', '/api/v1/kiosk/lock', undefined, session(sessionToken)),
}

const csrf = (token: string) => ({ 'X-CSRF-Token': token })

export const kraammomentAdminApi = {
  list: () => api.request<KraammomentItem[]>('GET', '/api/admin/kraammomenten'),
  create: (csrfToken: string, body: { name: string; place: string; date?: string; gemeenteCode?: string; roundId?: number }) =>
    api.request<KraammomentCreated>('POST', '/api/admin/kraammomenten', body, csrf(csrfToken)),
  enterPaper: (csrfToken: string, id: number, idempotencyKey: string, input: KioskInput) =>
    api.request<{ id: number }>('POST', `/api/admin/kraammomenten/${id}/paper-submissions`, input, {
      ...csrf(csrfToken),
      'Idempotency-Key': idempotencyKey,
    }),
  paperFormUrl: (id: number) => `/api/admin/kraammomenten/${id}/paper-form.pdf`,
}

// Typed calls for the market-stall kiosk (/kraam) and the beheerder's stall-day screens.
import { address, call, type Schemas } from '../api'

/** One input from the tablet or a paper form: the server's form, with the fields the screens always fill. */
export type KioskInput = Schemas['InputForm'] & { themeCodes: string[]; problem: string }
/** The round a stall day collects for; an empty themeCodes list means every theme. */
export type KioskRound = Schemas['KioskRound.RoundInfo']
/** The stall day as the tablet keeps it for offline restarts. */
export type KioskMoment = Schemas['KioskRound.MomentInfo']
export type KioskUnlocked = Schemas['KioskController.UnlockResponse']
export type KioskStats = Schemas['KioskStats.Stats']
export type KraammomentItem = Schemas['KraammomentRepository.KraammomentListItem']
export type KraammomentCreated = Schemas['KraammomentAdminController.CreatedResponse']

const session = (token: string) => ({ 'X-Kiosk-Session': token })

export const kioskApi = {
  unlock: (kioskToken: string, code: string, deviceId?: string) =>
    call('POST', '/api/v1/kiosk/unlock', { body: { kioskToken, code, deviceId } }),
  send: (sessionToken: string, idempotencyKey: string, input: KioskInput) =>
    call('POST', '/api/v1/kiosk/submissions', { body: input, headers: { ...session(sessionToken), 'Idempotency-Key': idempotencyKey } }),
  stats: (sessionToken: string) => call('GET', '/api/v1/kiosk/stats', { headers: session(sessionToken) }),
  moment: (sessionToken: string) => call('GET', '/api/v1/kiosk/moment', { headers: session(sessionToken) }),
  lock: (sessionToken: string) => call('POST', '/api/v1/kiosk/lock', { headers: session(sessionToken) }),
}

export const kraammomentAdminApi = {
  list: () => call('GET', '/api/admin/kraammomenten'),
  create: (body: Schemas['KraammomentAdminController.CreateRequest']) => call('POST', '/api/admin/kraammomenten', { body }),
  enterPaper: (id: number, idempotencyKey: string, input: KioskInput) =>
    call('POST', '/api/admin/kraammomenten/{id}/paper-submissions', { path: { id }, body: input, headers: { 'Idempotency-Key': idempotencyKey } }),
  paperFormUrl: (id: number) => address('/api/admin/kraammomenten/{id}/paper-form.pdf', { id }),
}

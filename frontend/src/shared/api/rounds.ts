// Typed calls for a round's public page and an organisation's advice.
import { call, type Schemas } from '../api'

export type RoundState = Schemas['RoundState']
/** A round's page; takesOrganisationAdvice: the page offers the code field that opens the advice form. */
export type RoundPage = Schemas['RoundPageController.RoundPage']
export type ThemeAdvice = Schemas['GiveOrganisationAdvice.ThemeAdvice']
export type AdviceForm = Schemas['GiveOrganisationAdvice.AdviceRequest']
export type AdviceReceipt = Schemas['RoundPageController.AdviceReceipt']
export type CodeAccepted = Schemas['RoundPageController.CodeAccepted']

export const roundsApi = {
  // An empty themeCodes list means every theme.
  page: (slug: string) => call('GET', '/api/v1/rounds/{slug}', { path: { slug } }),
  checkCode: (slug: string, code: string) => call('POST', '/api/v1/rounds/{slug}/invitation-check', { path: { slug }, body: { code } }),
  giveAdvice: (slug: string, form: AdviceForm) => call('POST', '/api/v1/rounds/{slug}/advice', { path: { slug }, body: form }),
}

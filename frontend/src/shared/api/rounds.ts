// Typed calls for a round's public page and an organisation's advice.
import { api } from '../api'

export type RoundState = 'NOT_YET_OPEN' | 'OPEN' | 'CLOSED'

export interface RoundPage {
  id: number
  slug: string
  title: string
  doelgroep: string
  intro: string | null
  opensAt: string
  closesAt: string
  byInvitation: boolean
  themeCodes: string[]
  state: RoundState
  /** The round has invited organisations: the page offers the code field that opens the advice form. */
  takesOrganisationAdvice: boolean
}

export interface ThemeAdvice {
  themeCode: string
  problem: string
  solution?: string
}

export interface AdviceForm {
  code: string
  constituencySize?: number
  constituencyUnit?: 'LEDEN' | 'HUISHOUDENS'
  themes: ThemeAdvice[]
  priorities: string[]
}

export interface AdviceReceipt {
  adviceId: number
  organisationName: string
  submissionIds: number[]
}

export interface CodeAccepted {
  organisationName: string
}

export const roundsApi = {
  // The server leaves an empty list out of its JSON; an empty themeCodes list means every theme.
  page: async (slug: string) => {
    const page = await api.request<RoundPage>('GET', `/api/v1/rounds/${encodeURIComponent(slug)}`)
    return { ...page, themeCodes: page.themeCodes ?? [], takesOrganisationAdvice: page.takesOrganisationAdvice ?? false }
  },
  checkCode: (slug: string, code: string) =>
    api.request<CodeAccepted>('POST', `/api/v1/rounds/${encodeURIComponent(slug)}/invitation-check`, { code }),
  giveAdvice: (slug: string, form: AdviceForm) =>
    api.request<AdviceReceipt>('POST', `/api/v1/rounds/${encodeURIComponent(slug)}/advice`, form),
}

// Typed calls for the gemeente's identity (GET /api/v1/identity; PUT /api/admin/identity, PUT/DELETE .../logo).
import { call } from '../api'
import type { Identity } from '../identity'

/** The beheerder's form: empty texts mean "not set". */
export interface IdentitySettings {
  displayName: string
  planTitle: string
  tokenSet: 'NEUTRAAL' | 'UTRECHT'
  colorPrimary: string
  colorPrimaryText: string
  colorLink: string
  fontFamily: string
  websiteUrl: string
  phone: string
  email: string
  postalAddress: string
  privacyOfficerEmail: string
  logoAlt: string
}

export function settingsOf(identity: Identity): IdentitySettings {
  return {
    displayName: identity.name,
    planTitle: identity.planTitle ?? '',
    tokenSet: identity.tokenSet,
    colorPrimary: identity.colours.primary ?? '',
    colorPrimaryText: identity.colours.primaryText ?? '',
    colorLink: identity.colours.link ?? '',
    fontFamily: identity.fontFamily ?? '',
    websiteUrl: identity.contact.websiteUrl ?? '',
    phone: identity.contact.phone ?? '',
    email: identity.contact.email ?? '',
    postalAddress: identity.contact.postalAddress ?? '',
    privacyOfficerEmail: identity.contact.privacyOfficerEmail ?? '',
    logoAlt: identity.logoAlt ?? '',
  }
}

export const identityApi = {
  show: () => call('GET', '/api/v1/identity'),
  save: (settings: IdentitySettings) => call('PUT', '/api/admin/identity', { body: settings }),
  removeLogo: () => call('DELETE', '/api/admin/identity/logo'),
  /** The file goes up as it is; the server checks its type and size. */
  uploadLogo: (file: File) => call('PUT', '/api/admin/identity/logo', { body: file }),
}

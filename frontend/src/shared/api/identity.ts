// Typed calls for the gemeente's identity (GET /api/v1/identity; PUT /api/admin/identity, PUT/DELETE .../logo).
import { api, ApiError } from '../api'
import type { Identity } from '../identity'
import { adminRequest, currentCsrfToken } from './admin'

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
  show: () => api.request<Identity>('GET', '/api/v1/identity'),
  save: (settings: IdentitySettings) => adminRequest<Identity>('PUT', '/api/admin/identity', settings),
  removeLogo: () => adminRequest<Identity>('DELETE', '/api/admin/identity/logo'),
  uploadLogo: async (file: File): Promise<Identity> => {
    const response = await fetch('/api/admin/identity/logo', {
      method: 'PUT',
      headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-CSRF-Token': currentCsrfToken(), Accept: 'application/json' },
      body: file,
      credentials: 'same-origin',
    })
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}))
      throw new ApiError(response.status, problem.title ?? response.statusText, problem.errors ?? [], problem.detail ?? null)
    }
    return (await response.json()) as Identity
  },
}

// Whose portal this is: the gemeente's name, plan title, logo, colours and contact details. The server puts them into
// index.html as a JSON data block (identity/IdentityInPage.java), so they are there on the first paint; a page opened
// without that block (the Vite dev server, a component test) gets the plain product identity.
import { reactive } from 'vue'
import type { Schemas } from './api'

/** GET /api/v1/identity and the page's data block: the server leaves out what is not set. */
export type Identity = Schemas['IdentityView']

export const PLAIN_IDENTITY: Identity = {
  gemeenteCode: null,
  name: 'Inbreng',
  planTitle: null,
  tokenSet: 'NEUTRAAL',
  colours: { primary: null, primaryText: null, link: null },
  fontFamily: null,
  logoUrl: null,
  logoAlt: null,
  contact: { websiteUrl: null, phone: null, email: null, postalAddress: null, privacyOfficerEmail: null },
}

// A copy: the page's identity is changed in place after saving, and the plain one must stay plain.
const plainCopy = (): Identity => ({ ...PLAIN_IDENTITY, colours: { ...PLAIN_IDENTITY.colours }, contact: { ...PLAIN_IDENTITY.contact } })

/** Every field present: what the server left out is "not set", so an answer replaces all of the identity. */
function complete(read: Partial<Identity>): Identity {
  return {
    ...PLAIN_IDENTITY,
    ...read,
    colours: { ...PLAIN_IDENTITY.colours, ...read.colours },
    contact: { ...PLAIN_IDENTITY.contact, ...read.contact },
  }
}

function fromPage(): Identity {
  const block = typeof document === 'undefined' ? null : document.getElementById('inbreng-identity')
  if (!block?.textContent) return plainCopy()
  try {
    return complete(JSON.parse(block.textContent) as Partial<Identity>)
  } catch {
    return plainCopy()
  }
}

/** The identity of this page; the beheerder's settings screen updates it in place after saving. */
export const identity = reactive<Identity>(fromPage())

export function replaceIdentity(next: Identity) {
  Object.assign(identity, complete(next))
}

/**
 * The gemeente's own colours and font as custom properties on the app's root element. They feed the neutral token set
 * (shared/theme/neutral.css) and, set on the element itself, also win over a published token set's button and link
 * colours, so "own colours" mean the same whichever set is chosen.
 */
export function brandStyle(current: Identity = identity): Record<string, string> {
  const style: Record<string, string> = {}
  const { primary, primaryText, link } = current.colours
  if (primary) {
    style['--inbreng-primary'] = primary
    style['--inbreng-primary-hover'] = `color-mix(in srgb, ${primary} 80%, black)`
    style['--utrecht-button-primary-action-background-color'] = primary
    style['--utrecht-button-primary-action-border-color'] = primary
    style['--utrecht-button-secondary-action-border-color'] = primary
    style['--utrecht-button-secondary-action-color'] = primary
  }
  if (primaryText) {
    style['--inbreng-primary-contrast'] = primaryText
    style['--utrecht-button-primary-action-color'] = primaryText
  }
  if (link) {
    style['--inbreng-link'] = link
    style['--inbreng-link-hover'] = link
    style['--utrecht-link-color'] = link
    style['--utrecht-link-visited-color'] = link
  }
  if (current.fontFamily) {
    style['--inbreng-font-family'] = current.fontFamily
    style['--utrecht-document-font-family'] = current.fontFamily
  }
  return style
}

/** "Geef uw inbreng – Veiligheidsplan 2027–2030 – Gemeente Veenendijk": page, plan (or the app's name), gemeente. */
export function pageTitle(page: string | null, current: Identity = identity, middle: string | null = current.planTitle ?? null): string {
  return [page, middle, current.name].filter((part) => part && part.trim() !== '').join(' – ')
}

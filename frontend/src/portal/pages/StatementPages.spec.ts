import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/vue'
import { PLAIN_IDENTITY, replaceIdentity } from '@shared/identity'
import AccessibilityPage from './AccessibilityPage.vue'
import PrivacyPage from './PrivacyPage.vue'
import { portalPlugins } from '../testing'

const veenendijk = {
  ...PLAIN_IDENTITY,
  gemeenteCode: 'veenendijk',
  name: 'Gemeente Veenendijk',
  contact: {
    websiteUrl: 'https://www.veenendijk.example.nl',
    phone: '14 0999',
    email: 'veiligheid@veenendijk.example.nl',
    postalAddress: 'Postbus 1000, 9999 ZZ Veenendijk',
    privacyOfficerEmail: 'privacy@veenendijk.example.nl',
  },
}

beforeEach(() => replaceIdentity(structuredClone(veenendijk)))
afterEach(() => {
  cleanup()
  replaceIdentity(structuredClone(PLAIN_IDENTITY))
})

describe('PrivacyPage', () => {
  it("gives the gemeente's own privacy contact as separate sentences", () => {
    render(PrivacyPage, { global: { plugins: portalPlugins() } })

    const contact = screen.getByTestId('privacy-contact').textContent ?? ''
    expect(contact).toContain('Gemeente Veenendijk: privacy@veenendijk.example.nl. Bellen kan ook: 14 0999. Per post: Postbus 1000')
    expect(contact).not.toMatch(/netnummer/)
    expect(screen.getByRole('link', { name: 'privacy@veenendijk.example.nl' }).getAttribute('href'))
      .toBe('mailto:privacy@veenendijk.example.nl')
  })

  it('points to the data protection officer in general words when no contact was filled in', () => {
    replaceIdentity(structuredClone(PLAIN_IDENTITY))
    render(PrivacyPage, { global: { plugins: portalPlugins() } })

    expect(screen.getByTestId('privacy-contact').textContent).toContain('functionaris gegevensbescherming van uw gemeente')
  })
})

describe('AccessibilityPage', () => {
  it("follows the model statement's parts, with a compliance status and the known problems", () => {
    render(AccessibilityPage, { global: { plugins: portalPlugins() } })

    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings).toEqual([
      'Nalevingsstatus',
      'Wat werkt nog niet goed?',
      'Wat wel werkt',
      'Opstellen van deze verklaring',
      'Feedback en contactgegevens',
      'Handhavingsprocedure',
    ])
    expect(screen.getByTestId('a11y-status').textContent).toBe('C – eerste maatregelen genomen')
    expect(screen.getByTestId('a11y-known').querySelectorAll('li').length).toBeGreaterThan(0)
    expect(screen.getByTestId('a11y-contact').textContent).toContain('veiligheid@veenendijk.example.nl')
    expect(document.body.textContent).not.toMatch(/Bekende problemen: geen/)
  })
})

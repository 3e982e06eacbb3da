import { describe, expect, it } from 'vitest'
import { brandStyle, pageTitle, PLAIN_IDENTITY } from './identity'

const veenendijk = { ...PLAIN_IDENTITY, name: 'Gemeente Veenendijk', planTitle: 'Veiligheidsplan 2027–2030' }

describe('identity', () => {
  it('titles a page with the page, the plan and the gemeente', () => {
    expect(pageTitle('Geef uw inbreng', veenendijk)).toBe('Geef uw inbreng – Veiligheidsplan 2027–2030 – Gemeente Veenendijk')
    expect(pageTitle(null, veenendijk)).toBe('Veiligheidsplan 2027–2030 – Gemeente Veenendijk')
    expect(pageTitle('Privacyverklaring', PLAIN_IDENTITY)).toBe('Privacyverklaring – Inbreng')
  })

  it("puts the admin app's name in the middle instead of the plan", () => {
    expect(pageTitle('Auditlog', veenendijk, 'Inbreng werkgroep')).toBe('Auditlog – Inbreng werkgroep – Gemeente Veenendijk')
  })

  it('sets only the colours a gemeente filled in', () => {
    expect(brandStyle(PLAIN_IDENTITY)).toEqual({})
    const style = brandStyle({ ...veenendijk, colours: { primary: '#8a1538', primaryText: null, link: null } })
    expect(style['--inbreng-primary']).toBe('#8a1538')
    expect(style['--utrecht-button-primary-action-background-color']).toBe('#8a1538')
    expect(style['--inbreng-link']).toBeUndefined()
  })
})

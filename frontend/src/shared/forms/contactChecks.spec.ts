import { describe, expect, it } from 'vitest'
import { isEmail, isPhone } from './contactChecks'

describe('contact checks', () => {
  it('accepts ordinary e-mail addresses and refuses ones without a domain', () => {
    expect(isEmail('naam@voorbeeld.nl')).toBe(true)
    expect(isEmail(' naam@voorbeeld.nl ')).toBe(true)
    expect(isEmail('naam@voorbeeld')).toBe(false)
    expect(isEmail('naam voorbeeld.nl')).toBe(false)
  })

  it('accepts Dutch and international phone numbers and refuses words', () => {
    expect(isPhone('0612345678')).toBe(true)
    expect(isPhone('+31 6 1234 5678')).toBe(true)
    expect(isPhone('bel me')).toBe(false)
    expect(isPhone('123')).toBe(false)
  })
})

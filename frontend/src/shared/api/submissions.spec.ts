import { describe, expect, it } from 'vitest'
import { emptyDraft, toRequestBody } from './submissions'

describe('toRequestBody', () => {
  it('leaves out contact details and consent when nothing was typed', () => {
    const body = toRequestBody({ ...emptyDraft(), problem: 'Afval', respondentType: 'INWONER', themeCodes: ['1.2'] })
    expect(body.contact).toBeUndefined()
    expect(body.consent).toBeUndefined()
    expect(body.themeCodes).toEqual(['1.2'])
  })

  it('sends no themes when the resident chose "Weet ik niet"', () => {
    const body = toRequestBody({ ...emptyDraft(), themeUnsure: true, themeCodes: ['3.1'] })
    expect(body.themeCodes).toEqual([])
    expect(body.themeUnsure).toBe(true)
  })
})

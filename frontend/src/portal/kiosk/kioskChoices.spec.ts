import { describe, expect, it } from 'vitest'
import type { Veiligheidsveld } from '@shared/api'
import type { KioskMoment } from '@shared/api/kiosk'
import { loadChoices, veldenForRound, type ChoiceStore } from './kioskChoices'

const velden: Veiligheidsveld[] = [
  { code: '1', name: 'Veilige woon- en leefomgeving', themes: [{ code: '1.1', name: 'Sociale kwaliteit', description: null }] },
  { code: '3', name: 'Jeugd en veiligheid', themes: [
    { code: '3.1', name: 'Jeugdoverlast', description: null },
    { code: '3.2', name: 'Jeugdcriminaliteit', description: null },
  ] },
]
const areas = [{ code: 'centrum', name: 'Centrum', gemeente: 'Veenendijk' }]
const moment: KioskMoment = {
  name: 'Weekmarkt', place: 'Marktplein', date: '2027-03-03',
  round: { id: 7, slug: 'veilig-2027', title: 'Veilig 2027', closesAt: '2027-04-01T00:00:00', themeCodes: [] },
}

function memoryStore(): ChoiceStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>()
  return {
    data,
    async read<T>(key: string) {
      return data.get(key) as T | undefined
    },
    async write(key: string, value: unknown) {
      data.set(key, structuredClone(value))
    },
  }
}

const offline = () => Promise.reject(new TypeError('Failed to fetch'))

describe('kiosk choices', () => {
  it('keeps what it fetched online and gives the same lists back after a restart without network', async () => {
    const store = memoryStore()
    const online = await loadChoices('nl', 'tok', { themes: async () => velden, areas: async () => areas, moment: async () => moment }, store)
    expect(online.offline).toBe(false)

    const restarted = await loadChoices('nl', 'tok', { themes: offline, areas: offline, moment: offline }, store)

    expect(restarted).toEqual({ velden, areas, moment, offline: true })
  })

  it('does not show the round of another stall day after the tablet got a new kiosk link', async () => {
    const store = memoryStore()
    await loadChoices('nl', 'old-stall', { themes: async () => velden, areas: async () => areas, moment: async () => moment }, store)

    const elsewhere = await loadChoices('nl', 'new-stall', { themes: offline, areas: offline, moment: offline }, store)

    expect(elsewhere.moment).toBeNull()
    expect(elsewhere.velden).toEqual(velden)
  })

  it('replaces only the parts that could be fetched and keeps the others', async () => {
    const store = memoryStore()
    await loadChoices('nl', 'tok', { themes: async () => velden, areas: async () => areas }, store)
    const newAreas = [...areas, { code: 'oost', name: 'Oost', gemeente: 'Veenendijk' }]

    const mixed = await loadChoices('nl', 'tok', { themes: offline, areas: async () => newAreas }, store)

    expect(mixed.velden).toEqual(velden)
    expect(mixed.areas).toEqual(newAreas)
    expect(mixed.offline).toBe(true)
  })

  it('starts empty, not broken, when it was never online', async () => {
    const none = await loadChoices('nl', 'tok', { themes: offline, areas: offline, moment: offline }, memoryStore())
    expect(none).toEqual({ velden: [], areas: [], moment: null, offline: true })
  })

  it('limits the velden to the themes of a round that has its own themes', () => {
    const scoped = veldenForRound(velden, { ...moment, round: { ...moment.round!, themeCodes: ['3.2'] } })
    expect(scoped).toEqual([{ ...velden[1], themes: [velden[1].themes[1]] }])
    expect(veldenForRound(velden, moment)).toBe(velden)
    expect(veldenForRound(velden, null)).toBe(velden)
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import type { Router } from 'vue-router'
import PrioritiesPage from './PrioritiesPage.vue'
import { jsonResponse, portalPlugins, velden } from '../testing'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const residents = { doelgroep: 'INWONERS', opensAt: '', closesAt: '', byInvitation: false, respondentTypes: ['INWONER', 'JONGERE'] }
const open = [
  { id: 1, slug: 'veilig', title: 'Veilig Veenendijk', themeCodes: [], ...residents },
  { id: 2, slug: 'jeugd', title: 'Jeugd in de kernen', themeCodes: ['3.1'], ...residents },
  { id: 3, slug: 'wijkraden', title: 'Wijkraden', themeCodes: [], ...residents, byInvitation: true, respondentTypes: [] },
  { id: 4, slug: 'winkels', title: 'Veilig winkelen', themeCodes: [], ...residents, doelgroep: 'ONDERNEMERS', respondentTypes: ['ONDERNEMER'] },
]

function server() {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = String(input)
    if (url.startsWith('/api/v1/themes')) return jsonResponse(velden)
    if (url === '/api/v1/rounds') return jsonResponse(open)
    if (url.startsWith('/api/v1/rounds/jeugd')) return jsonResponse({ ...open[1], intro: null, state: 'OPEN', takesOrganisationAdvice: false })
    return jsonResponse({ id: 5 }, 201)
  })
}

async function rank(name: string) {
  const select = (await screen.findByLabelText('Kies een onderwerp')) as HTMLSelectElement
  await screen.findByRole('option', { name })
  await fireEvent.update(select, [...select.options].find((o) => o.text.trim() === name)!.value)
  await fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }))
}

async function rankAndSend(name: string) {
  await rank(name)
  await fireEvent.click(screen.getByRole('button', { name: 'Volgorde versturen' }))
  await screen.findByText('Dank u wel! Uw volgorde is ontvangen.')
}

function sentBody(fetch: ReturnType<typeof server>) {
  const post = fetch.mock.calls.find(([url]) => url === '/api/v1/priorities')!
  return JSON.parse(String(post[1]!.body))
}

function sentRound(fetch: ReturnType<typeof server>) {
  return sentBody(fetch).roundId
}

describe('PrioritiesPage', () => {
  it('lets the visitor choose the round when several are open for residents, and sends it', async () => {
    const fetch = server()
    render(PrioritiesPage, { global: { plugins: portalPlugins() } })

    await fireEvent.click(await screen.findByLabelText('Jeugd in de kernen'))
    expect(screen.queryByLabelText('Wijkraden')).toBeNull() // by invitation: not a resident's round
    expect(screen.queryByRole('option', { name: 'Fysieke kwaliteit' })).toBeNull() // that round asks about 3.1 only
    await rankAndSend('Jeugdoverlast')
    expect(sentRound(fetch)).toBe(2)
  })

  it('votes in the round of the address (?ronde=) without asking', async () => {
    const fetch = server()
    const plugins = portalPlugins()
    await (plugins[1] as Router).push('/prioriteiten?ronde=jeugd')
    render(PrioritiesPage, { global: { plugins } })

    expect((await screen.findByTestId('round-notice')).textContent).toContain('Jeugd in de kernen')
    expect(screen.queryByLabelText('Veilig Veenendijk')).toBeNull()
    await rankAndSend('Jeugdoverlast')
    expect(sentRound(fetch)).toBe(2)
  })

  it('leaves the round and the group to the server when the visitor chooses neither', async () => {
    const fetch = server()
    render(PrioritiesPage, { global: { plugins: portalPlugins() } })
    await screen.findByLabelText('Veilig Veenendijk')
    await rankAndSend('Fysieke kwaliteit')
    expect(sentRound(fetch)).toBeUndefined()
    expect(sentBody(fetch).respondentType).toBeUndefined()
  })

  it('counts an entrepreneur who says so with the entrepreneurs, and lets go of a residents\' round chosen before', async () => {
    const fetch = server()
    render(PrioritiesPage, { global: { plugins: portalPlugins() } })

    await fireEvent.click(await screen.findByLabelText('Jeugd in de kernen'))
    await fireEvent.click(screen.getByLabelText('Ondernemer'))
    // one round takes entrepreneurs: nothing to choose, and the residents' rounds are gone
    expect(screen.queryByLabelText('Jeugd in de kernen')).toBeNull()
    expect(screen.queryByLabelText('Veilig winkelen')).toBeNull()
    await rankAndSend('Fysieke kwaliteit')
    expect(sentBody(fetch)).toMatchObject({ respondentType: 'ONDERNEMER', themeCodes: ['1.2'] })
    expect(sentRound(fetch)).toBeUndefined()
  })
})

import { render, screen, fireEvent } from '@testing-library/vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import SuspectsPanel from './SuspectsPanel.vue'
import { createAppI18n } from '@shared/i18n'
import { messages } from '../messages/index'

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })

describe('SuspectsPanel', () => {
  afterEach(() => vi.restoreAllMocks())

  it('highlights open pieces and says the input is done once every piece is removed', async () => {
    let removed = false
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      if (init?.method === 'POST') {
        removed = true
        return json({ problem: 'Buurman [verwijderd] belt.' })
      }
      return json(removed ? [] : [{ field: 'problem', start: 8, end: 14, kind: 'NAAM', text: 'Jansen', kept: false }])
    })
    render(SuspectsPanel, {
      props: { submissionId: 7, problem: 'Buurman Jansen belt.', solution: null },
      global: { plugins: [createAppI18n(messages)] },
    })

    expect(await screen.findByTestId('suspects-open')).toBeTruthy()
    expect(screen.getAllByText('Jansen').some((element) => element.tagName === 'MARK')).toBe(true)
    await fireEvent.keyDown(screen.getByTestId('suspect-remove'), { key: 'w' })

    expect(await screen.findByTestId('suspects-done')).toBeTruthy()
  })
})

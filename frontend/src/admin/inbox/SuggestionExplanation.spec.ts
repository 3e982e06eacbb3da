import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/vue'
import { createRouter, createMemoryHistory } from 'vue-router'
import { createAppI18n } from '@shared/i18n'
import { messages } from '../messages/index'
import SuggestionExplanation from './SuggestionExplanation.vue'

afterEach(() => cleanup())

const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: '/inbreng/:id', name: 'submission', component: { template: '<div />' } }],
})

function show(fromThemeText: number, words: string[]) {
  return render(SuggestionExplanation, {
    props: {
      explanation: {
        taggedInputs: 42, fromThemeText, words,
        similar: [{ id: 17, snippet: 'Fietsen gestolen bij het station', similarity: 0.61 }],
      },
    },
    global: { plugins: [router, createAppI18n(messages)] },
  })
}

describe('SuggestionExplanation', () => {
  it('names the words that counted, the tagged inputs learnt from and links the similar inputs', () => {
    show(0.1, ['fietsen', 'gestolen'])

    expect(screen.getByText('Waarom dit thema?')).toBeTruthy()
    expect(screen.getByText('Woorden die meetelden: fietsen, gestolen.')).toBeTruthy()
    expect(screen.getByText('Geleerd van 42 inbreng met dit thema.')).toBeTruthy()
    expect(screen.getByRole('link', { name: '#17' }).getAttribute('href')).toBe('/inbreng/17')
    expect(screen.getByText(/Fietsen gestolen bij het station/)).toBeTruthy()
  })

  it('says when the theme text carried the suggestion', () => {
    show(0.8, [])

    expect(screen.getByText(/Vooral op grond van de omschrijving van het thema/)).toBeTruthy()
    expect(screen.getByText('Geen enkel woord gaf de doorslag.')).toBeTruthy()
  })
})

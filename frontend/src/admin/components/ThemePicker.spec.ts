import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { defineComponent, h, ref } from 'vue'
import { createAppI18n } from '@shared/i18n'
import type { Veiligheidsveld } from '@shared/api'
import { messages } from '../messages/index'
import ThemePicker from './ThemePicker.vue'
import { filterVelden } from './themeFilter'

afterEach(cleanup)

const velden: Veiligheidsveld[] = [
  { code: '1', name: 'Veilige woon- en leefomgeving', themes: [
    { code: '1.1', name: 'Sociale kwaliteit', description: 'o.a. woonoverlast, overlast verwarde personen' },
    { code: '1.2', name: 'Fysieke kwaliteit', description: 'o.a. verloedering, vernielingen' },
  ] },
  { code: '3', name: 'Jeugd en veiligheid', themes: [
    { code: '3.1', name: 'Jeugdoverlast', description: null },
    { code: '3.2', name: 'Jeugdcriminaliteit / individuele probleemjongeren', description: null },
  ] },
  { code: '5', name: 'Integriteit en veiligheid', themes: [
    { code: '5.2', name: 'Georganiseerde criminaliteit / ondermijning', description: null },
  ] },
]

function mountPicker(multiple = true, error?: string) {
  const chosen = ref<string[]>([])
  const Host = defineComponent({
    setup: () => () => h(ThemePicker, {
      id: 'paper-themes', velden, label: 'Onderwerpen', hint: 'Leeg laten als er niets is aangekruist.', error, multiple,
      modelValue: chosen.value, 'onUpdate:modelValue': (value: string[]) => { chosen.value = value },
    }),
  })
  render(Host, { global: { plugins: [createAppI18n(messages)] } })
  return chosen
}

describe('filterVelden', () => {
  it('matches a code by its start and words anywhere, without case or accents', () => {
    expect(filterVelden(velden, '3').flatMap((v) => v.themes.map((t) => t.code))).toEqual(['3.1', '3.2'])
    expect(filterVelden(velden, '3.1').flatMap((v) => v.themes.map((t) => t.code))).toEqual(['3.1'])
    expect(filterVelden(velden, 'ONDERMIJNING').flatMap((v) => v.themes.map((t) => t.code))).toEqual(['5.2'])
    expect(filterVelden(velden, 'verwarde').flatMap((v) => v.themes.map((t) => t.code))).toEqual(['1.1'])
    expect(filterVelden(velden, 'jeugd criminaliteit').flatMap((v) => v.themes.map((t) => t.code))).toEqual(['3.2'])
    expect(filterVelden(velden, '  ')).toBe(velden)
  })
})

describe('ThemePicker', () => {
  it('shows every theme with its code and name, grouped by veld', () => {
    mountPicker()
    expect(screen.getByRole('group', { name: '3 Jeugd en veiligheid' })).toBeTruthy()
    expect(screen.getByLabelText('3.1 Jeugdoverlast')).toBeTruthy()
    expect(screen.getAllByRole('checkbox')).toHaveLength(5)
  })

  it('narrows the list while typing and picks the first match with Enter, for fast typing of paper forms', async () => {
    const chosen = mountPicker()
    const search = screen.getByLabelText('Zoek op code of woord')

    await fireEvent.update(search, 'jeugd')
    expect(screen.getAllByRole('checkbox')).toHaveLength(2)
    expect(screen.getByRole('status').textContent).toContain('2 onderwerpen gevonden')

    await fireEvent.update(search, '3.1')
    await fireEvent.keyDown(search, { key: 'Enter' })
    await fireEvent.update(search, 'ondermijning')
    await fireEvent.keyDown(search, { key: 'Enter' })

    expect(chosen.value).toEqual(['3.1', '5.2'])
    expect((search as HTMLInputElement).value).toBe('')
    const list = screen.getByRole('list', { name: 'Gekozen' })
    expect(within(list).getAllByRole('listitem').map((item) => item.firstElementChild!.textContent)).toEqual(['3.1 Jeugdoverlast', '5.2 Georganiseerde criminaliteit / ondermijning'])
  })

  it('takes a theme away with its own button and with its check box', async () => {
    const chosen = mountPicker()
    await fireEvent.click(screen.getByLabelText('1.2 Fysieke kwaliteit'))
    await fireEvent.click(screen.getByLabelText('3.1 Jeugdoverlast'))
    expect(chosen.value).toEqual(['1.2', '3.1'])

    await fireEvent.click(screen.getByRole('button', { name: 'Weghalen 1.2 Fysieke kwaliteit' }))
    await fireEvent.click(screen.getByLabelText('3.1 Jeugdoverlast'))

    expect(chosen.value).toEqual([])
    expect(screen.getByText('Nog niets gekozen.')).toBeTruthy()
  })

  it('keeps one theme at a time when it is a single choice', async () => {
    const chosen = mountPicker(false)
    expect(screen.getAllByRole('radio')).toHaveLength(5)
    await fireEvent.click(screen.getByLabelText('3.1 Jeugdoverlast'))
    await fireEvent.click(screen.getByLabelText('5.2 Georganiseerde criminaliteit / ondermijning'))
    expect(chosen.value).toEqual(['5.2'])
  })

  it('shows the error at the picker and ties it to the group for screen readers', () => {
    mountPicker(true, 'Kies onderwerpen uit de lijst.')
    const group = screen.getByRole('group', { name: 'Onderwerpen' })
    expect(group.getAttribute('aria-invalid')).toBe('true')
    expect(group.getAttribute('aria-describedby')).toBe('paper-themes-hint paper-themes-error')
    expect(document.getElementById('paper-themes-error')!.textContent).toBe('Kies onderwerpen uit de lijst.')
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { ref } from 'vue'
import RankedList from './RankedList.vue'
import { portalPlugins } from '../testing'

afterEach(cleanup)

const names: Record<string, string> = { '1.1': 'Sociale kwaliteit', '3.1': 'Jeugdoverlast', '4.1': 'Verkeersveiligheid' }

function renderList() {
  const order = ref(['1.1', '3.1', '4.1'])
  const announced: string[] = []
  render(RankedList, {
    props: {
      modelValue: order.value,
      'onUpdate:modelValue': (v: string[]) => (order.value = v),
      nameOf: (c: string) => names[c],
      onAnnounce: (text: string) => announced.push(text),
    },
    global: { plugins: portalPlugins() },
  })
  return { order, announced }
}

describe('RankedList', () => {
  it('moves a theme up with a button and announces its new place', async () => {
    const { order, announced } = renderList()

    await fireEvent.click(screen.getByRole('button', { name: 'Omhoog: Verkeersveiligheid' }))

    expect(order.value).toEqual(['1.1', '4.1', '3.1'])
    expect(announced).toEqual(['Verkeersveiligheid staat nu op plaats 2 van 3.'])
  })

  it('cannot move the first theme further up or the last further down', () => {
    renderList()
    expect((screen.getByRole('button', { name: 'Omhoog: Sociale kwaliteit' }) as HTMLButtonElement).disabled).toBe(true)
    expect((screen.getByRole('button', { name: 'Omlaag: Verkeersveiligheid' }) as HTMLButtonElement).disabled).toBe(true)
  })

  it('removes a theme and announces it', async () => {
    const { order, announced } = renderList()
    await fireEvent.click(screen.getByRole('button', { name: 'Verwijder: Jeugdoverlast' }))
    expect(order.value).toEqual(['1.1', '4.1'])
    expect(announced).toEqual(['Jeugdoverlast verwijderd.'])
  })
})

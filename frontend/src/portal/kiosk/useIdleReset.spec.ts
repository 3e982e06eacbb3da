import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { useIdleReset } from './useIdleReset'
import { useKioskFlow } from './kioskFlow'

function harness() {
  const target = new EventTarget()
  let api!: ReturnType<typeof useIdleReset>
  let flow!: ReturnType<typeof useKioskFlow>
  const wrapper = mount(defineComponent({
    setup() {
      flow = useKioskFlow()
      api = useIdleReset({ idleMs: 60_000, promptMs: 20_000, onReset: () => flow.reset() }, target)
      return () => h('div')
    },
  }))
  return { target, api, flow, wrapper }
}

describe('idle reset', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('asks "Bent u nog bezig?" after a minute without touch and wipes the answers when nobody answers', () => {
    const { api, flow } = harness()
    flow.go('problem')
    flow.toggleTheme('3.1')
    flow.answers.problem = 'Jongeren bij de snackbar'
    flow.answers.respondentType = 'JONGERE'
    api.start()

    vi.advanceTimersByTime(60_000)
    expect(api.prompting.value).toBe(true)
    vi.advanceTimersByTime(20_000)

    expect(flow.step.value).toBe('attract')
    expect(flow.answers).toEqual({ themeCodes: [], problem: '', solution: '', areaCode: '', respondentType: '' })
    expect(api.prompting.value).toBe(false)
  })

  it('keeps the answers when the person says they are still busy', () => {
    const { api, flow } = harness()
    flow.go('problem')
    flow.answers.problem = 'Te hard rijden'
    api.start()

    vi.advanceTimersByTime(60_000)
    api.stillBusy()
    vi.advanceTimersByTime(30_000)

    expect(flow.answers.problem).toBe('Te hard rijden')
    expect(api.prompting.value).toBe(false)
  })

  it('restarts the wait on every touch', () => {
    const { api, target } = harness()
    api.start()

    vi.advanceTimersByTime(50_000)
    target.dispatchEvent(new Event('pointerdown'))
    vi.advanceTimersByTime(50_000)

    expect(api.prompting.value).toBe(false)
  })

  it('does nothing while the kiosk shows its attract screen', () => {
    const { api } = harness()

    vi.advanceTimersByTime(500_000)

    expect(api.prompting.value).toBe(false)
  })
})

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterPointerRelease } from './afterPointerRelease'

const pointer = (type: string) => window.dispatchEvent(new Event(type))

describe('afterPointerRelease', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    pointer('pointerup')
    vi.runAllTimers()
    vi.useRealTimers()
  })

  it('runs at once when no pointer is pressed (the keyboard left the field)', () => {
    const run = vi.fn()
    afterPointerRelease(run)
    expect(run).toHaveBeenCalledOnce()
  })

  it('waits while a pointer is pressed and runs after its release, once', () => {
    const run = vi.fn()
    pointer('pointerdown')
    afterPointerRelease(run)
    vi.advanceTimersByTime(500)
    expect(run).not.toHaveBeenCalled()

    pointer('pointerup')
    expect(run).not.toHaveBeenCalled() // the click of this release comes first
    vi.advanceTimersByTime(0)
    expect(run).toHaveBeenCalledOnce()
    vi.runAllTimers()
    expect(run).toHaveBeenCalledOnce()

    pointer('pointerdown')
    pointer('pointerup')
    vi.runAllTimers()
    expect(run).toHaveBeenCalledOnce()
  })

  it('does not wait for ever when the release happened outside the window', () => {
    const run = vi.fn()
    pointer('pointerdown')
    afterPointerRelease(run)
    vi.advanceTimersByTime(1000)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1500)
    expect(run).toHaveBeenCalledOnce()
  })

  it('also runs when the press is cancelled (a scroll on a touch screen)', () => {
    const run = vi.fn()
    pointer('pointerdown')
    afterPointerRelease(run)
    pointer('pointercancel')
    vi.runAllTimers()
    expect(run).toHaveBeenCalledOnce()
  })
})

// After a while without touch the kiosk asks "Bent u nog bezig?"; without an answer it wipes the input.
import { onBeforeUnmount, ref } from 'vue'

export interface IdleOptions {
  idleMs: number
  promptMs: number
  onReset: () => void
}

const EVENTS = ['pointerdown', 'keydown', 'input', 'touchstart'] as const

/** Call start() when someone is busy with the form and stop() on the attract screen. */
export function useIdleReset(options: IdleOptions, target: EventTarget = window) {
  const prompting = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let active = false

  const clear = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }

  const schedule = () => {
    clear()
    if (!active) return
    if (prompting.value) {
      timer = setTimeout(() => {
        stop()
        options.onReset()
      }, options.promptMs)
    } else {
      timer = setTimeout(() => {
        prompting.value = true
        schedule()
      }, options.idleMs)
    }
  }

  const touched = () => {
    // A touch while the question shows is not an answer; only the button "Ja, ik ben nog bezig" is.
    if (active && !prompting.value) schedule()
  }

  function start() {
    active = true
    prompting.value = false
    schedule()
  }

  function stop() {
    active = false
    prompting.value = false
    clear()
  }

  function stillBusy() {
    prompting.value = false
    schedule()
  }

  EVENTS.forEach((name) => target.addEventListener(name, touched, { passive: true }))
  onBeforeUnmount(() => {
    stop()
    EVENTS.forEach((name) => target.removeEventListener(name, touched))
  })

  return { prompting, start, stop, stillBusy }
}

// A text field's change event fires when the person leaves the field, very often by pressing a button below it. If
// the page then shows something new above that button (a "loading" line, suggestions), the button moves away under
// the pressed pointer and the click is lost: the person pressed "Kies zelf uit alle onderwerpen" and nothing opened.
// Work that changes the layout on leaving a field therefore waits until the pointer is released and its click done.

const LONGEST_PRESS_MS = 2000
let pressed = false
let listening = false

function listen() {
  if (listening || typeof window === 'undefined') return
  listening = true
  window.addEventListener('pointerdown', () => (pressed = true), true)
  window.addEventListener('pointerup', () => (pressed = false), true)
  window.addEventListener('pointercancel', () => (pressed = false), true)
}
listen()

/** Runs now when no pointer is pressed (keyboard, or the field lost focus otherwise), else just after the release. */
export function afterPointerRelease(run: () => void): void {
  if (!pressed) {
    run()
    return
  }
  let done = false
  const released = () => {
    if (done) return
    done = true
    window.removeEventListener('pointerup', released, true)
    window.removeEventListener('pointercancel', released, true)
    // the click belonging to this release is dispatched after pointerup in the same task; run after it
    setTimeout(run, 0)
  }
  window.addEventListener('pointerup', released, true)
  window.addEventListener('pointercancel', released, true)
  // a release outside the window never reaches the page; a press this long is no click that could be lost
  setTimeout(() => {
    pressed = false
    released()
  }, LONGEST_PRESS_MS)
}

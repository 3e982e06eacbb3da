// Feedback on every action in one place: a page reports what happened ("De thema's zijn opgeslagen.") and the app
// shows it in a live region that screen readers announce, near the top of the screen, until the next one or a while.
import { reactive } from 'vue'

export interface Toast {
  id: number
  kind: 'ok' | 'error'
  text: string
}

const SHOWN_FOR_MS = 8000
let next = 1

export const toasts = reactive<Toast[]>([])

function show(kind: Toast['kind'], text: string) {
  const toast = { id: next++, kind, text }
  // one message at a time: a new action replaces the last answer, so the region never grows into a log
  toasts.splice(0, toasts.length, toast)
  if (kind === 'ok') {
    setTimeout(() => dismiss(toast.id), SHOWN_FOR_MS)
  }
}

export function dismiss(id: number) {
  const index = toasts.findIndex((toast) => toast.id === id)
  if (index >= 0) toasts.splice(index, 1)
}

export const toast = {
  ok: (text: string) => show('ok', text),
  error: (text: string) => show('error', text),
}

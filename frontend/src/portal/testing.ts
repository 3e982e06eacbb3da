// Shared fixtures for portal component specs: the real message files and a router in memory.
import { createRouter, createMemoryHistory } from 'vue-router'
import { createAppI18n } from '@shared/i18n'
import { messages } from './messages/index'
import type { Veiligheidsveld } from '@shared/api'

export function portalPlugins() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] })
  return [createAppI18n(messages), router]
}

export const velden: Veiligheidsveld[] = [
  { code: '1', name: 'Veilige woon- en leefomgeving', themes: [{ code: '1.2', name: 'Fysieke kwaliteit', description: 'o.a. vernielingen, zwerfvuil' }] },
  { code: '3', name: 'Jeugd en veiligheid', themes: [{ code: '3.1', name: 'Jeugdoverlast', description: 'o.a. hangjongeren' }] },
]

export function jsonResponse(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  })
}

// Turns an audit entry (HTTP method and path) into a plain sentence for the beheerder; unknown calls keep method and path.
import type { AuditEntry } from '@shared/api/users'

/** A message key under audit.actions with its parameters. */
export interface Described {
  key: string
  params: Record<string, string>
}

// Path fragments the area filter sends as "target"; each matches the paths of one part of the admin app.
export const AUDIT_AREAS: Record<string, string> = {
  login: '/api/admin/log',
  users: '/api/admin/users',
  imports: '/api/admin/imports',
  exports: '/api/admin/exports',
  submissions: '/api/admin/submissions',
  clusterings: '/api/admin/clusterings',
  rounds: '/api/admin/rounds',
  tables: '/api/admin/tables',
  kiosk: '/api/admin/kraammomenten',
}

const RULES: Array<{ method: string; pattern: RegExp; key: string }> = [
  { method: 'POST', pattern: /^\/api\/admin\/login$/, key: 'login' },
  { method: 'POST', pattern: /^\/api\/admin\/logout$/, key: 'logout' },
  { method: 'POST', pattern: /^\/api\/admin\/users$/, key: 'createUser' },
  { method: 'PUT', pattern: /^\/api\/admin\/users\/(\d+)\/roles$/, key: 'setRoles' },
  { method: 'POST', pattern: /^\/api\/admin\/users\/(\d+)\/deactivate$/, key: 'deactivate' },
  { method: 'POST', pattern: /^\/api\/admin\/users\/(\d+)\/activate$/, key: 'activate' },
  { method: 'POST', pattern: /^\/api\/admin\/users\/(\d+)\/password$/, key: 'password' },
  { method: 'POST', pattern: /^\/api\/admin\/imports\/preview$/, key: 'importPreview' },
  { method: 'POST', pattern: /^\/api\/admin\/imports$/, key: 'import' },
  { method: 'POST', pattern: /^\/api\/admin\/submissions\/bulk$/, key: 'bulk' },
  { method: '*', pattern: /^\/api\/admin\/submissions\/(\d+)(\/.*)?$/, key: 'submission' },
]

export function describeAction(entry: Pick<AuditEntry, 'action' | 'target'>): Described {
  const [path, query = ''] = entry.target.split('?', 2)
  if (entry.action === 'GET' && path.startsWith('/api/admin/exports/')) {
    const withContact = new URLSearchParams(query).get('includeContact') === 'true'
    return { key: withContact ? 'exportContact' : 'export', params: {} }
  }
  for (const rule of RULES) {
    if (rule.method !== '*' && rule.method !== entry.action) continue
    const match = rule.pattern.exec(path)
    if (match) return { key: rule.key, params: match[1] ? { id: match[1] } : {} }
  }
  return { key: 'other', params: { method: entry.action, target: entry.target } }
}

// Typed calls for account management (BEHEERDER only) and the audit log. State changes carry the CSRF header.
import { adminRequest, type AdminRole } from './admin'

export const ROLES: AdminRole[] = ['BEHEERDER', 'ANALIST', 'FACILITATOR', 'KRAAM']

export interface AdminUserView {
  id: number
  username: string
  displayName: string | null
  active: boolean
  roles: AdminRole[]
  lockedUntil: string | null
  createdAt: string
}

export interface NewUser {
  username: string
  displayName?: string
  password: string
  roles: AdminRole[]
}

export interface AuditEntry {
  id: number
  actedAt: string
  userId: number | null
  username: string
  action: string
  target: string
  outcome: number
}

export interface AuditQuery {
  user?: string
  action?: string
  target?: string
  from?: string
  to?: string
  page?: number
  size?: number
}

const withRoles = (user: AdminUserView): AdminUserView => ({ ...user, roles: user.roles ?? [] })

export const usersApi = {
  list: async () => (await adminRequest<AdminUserView[]>('GET', '/api/admin/users')).map(withRoles),
  create: async (user: NewUser) => withRoles(await adminRequest<AdminUserView>('POST', '/api/admin/users', user)),
  setRoles: async (id: number, roles: AdminRole[]) =>
    withRoles(await adminRequest<AdminUserView>('PUT', `/api/admin/users/${id}/roles`, { roles })),
  deactivate: async (id: number) => withRoles(await adminRequest<AdminUserView>('POST', `/api/admin/users/${id}/deactivate`, {})),
  activate: async (id: number) => withRoles(await adminRequest<AdminUserView>('POST', `/api/admin/users/${id}/activate`, {})),
  setPassword: async (id: number, password: string) =>
    withRoles(await adminRequest<AdminUserView>('POST', `/api/admin/users/${id}/password`, { password })),
}

export function auditQueryString(query: AuditQuery): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue
    params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

export const auditApi = {
  list: (query: AuditQuery) => adminRequest<AuditEntry[]>('GET', `/api/admin/audit${auditQueryString(query)}`),
}

// Typed calls for account management (BEHEERDER only) and the audit log.
import { call, type QueryOf, type Schemas } from '../api'
import type { AdminRole } from './admin'

export const ROLES: AdminRole[] = ['BEHEERDER', 'ANALIST', 'FACILITATOR', 'KRAAM']

export type AdminUserView = Schemas['ListUsers.UserView']
export type NewUser = Schemas['UsersController.NewUser']
export type AuditEntry = Schemas['AuditEntry']

export type AuditQuery = QueryOf<'/api/admin/audit'>

export const usersApi = {
  list: () => call('GET', '/api/admin/users'),
  create: (user: NewUser) => call('POST', '/api/admin/users', { body: user }),
  setRoles: (id: number, roles: AdminRole[]) => call('PUT', '/api/admin/users/{id}/roles', { path: { id }, body: { roles } }),
  deactivate: (id: number) => call('POST', '/api/admin/users/{id}/deactivate', { path: { id } }),
  activate: (id: number) => call('POST', '/api/admin/users/{id}/activate', { path: { id } }),
  setPassword: (id: number, password: string) => call('POST', '/api/admin/users/{id}/password', { path: { id }, body: { password } }),
}

export const auditApi = {
  list: (query: AuditQuery) => call('GET', '/api/admin/audit', { query }),
}

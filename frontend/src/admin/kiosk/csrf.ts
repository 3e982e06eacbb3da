import { useSessionStore } from '../stores/session'

// The CSRF token comes from the admin session store (filled by the login page or /api/admin/me).
export function currentCsrfToken(): string {
  return useSessionStore().csrfToken
}

// The admin login screen is not built yet; until it is, the CSRF token from POST /api/admin/login is read here.
// The lead should point this at the admin session store when that lands.
export const CSRF_STORAGE_KEY = 'inbreng.admin.csrfToken'

export function currentCsrfToken(): string {
  return sessionStorage.getItem(CSRF_STORAGE_KEY) ?? ''
}

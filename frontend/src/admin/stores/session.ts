import { defineStore } from 'pinia'
import { ApiError, setCsrfToken } from '@shared/api'
import { adminApi, type AdminRole, type AdminSession } from '@shared/api/admin'

/** Who is signed in to the admin app. Loaded once from /api/admin/me; the cookie itself is httpOnly. */
export const useSessionStore = defineStore('adminSession', {
  state: () => ({
    username: '' as string,
    roles: [] as AdminRole[],
    csrfToken: '' as string,
    loaded: false,
  }),
  getters: {
    signedIn: (state) => state.username !== '',
  },
  actions: {
    apply(session: AdminSession | null) {
      this.username = session?.username ?? ''
      this.roles = session?.roles ?? []
      this.csrfToken = session?.csrfToken ?? ''
      setCsrfToken(this.csrfToken)
    },
    /** Asks the server once whether the cookie still belongs to a session; a 401 simply means signed out. */
    async load() {
      if (this.loaded) return
      try {
        this.apply(await adminApi.me())
      } catch (error) {
        if (!(error instanceof ApiError)) throw error
        this.apply(null)
      }
      this.loaded = true
    },
    /** Throws the server's ApiError (with Dutch title and detail) when signing in fails. */
    async login(username: string, password: string) {
      this.apply(await adminApi.login(username, password))
      this.loaded = true
    },
    async logout() {
      try {
        await adminApi.logout()
      } finally {
        this.apply(null)
        this.loaded = true
      }
    },
    hasAnyRole(roles: readonly AdminRole[]) {
      return this.roles.some((role) => roles.includes(role))
    },
  },
})

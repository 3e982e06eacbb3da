import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useSessionStore } from './stores/session'
import type { AdminRole } from '@shared/api/admin'

export const routeNames = {
  overview: 'overview',
  login: 'login',
  inbox: 'inbox',
  submission: 'submission',
  facilitator: 'facilitator',
  kraammomenten: 'kraammomenten',
  paperEntry: 'paper-entry',
  rounds: 'rounds',
  insight: 'insight',
  prioritisation: 'prioritisation',
  dashboard: 'dashboard',
  imports: 'imports',
  users: 'users',
  audit: 'audit',
  roundSummaries: 'round-summaries',
  reviewQueue: 'review-queue',
  redactionReview: 'redaction-review',
  notFound: 'not-found',
} as const

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** Only for users with at least one of these roles. */
    roles?: AdminRole[]
  }
}

const analysts: AdminRole[] = ['ANALIST', 'BEHEERDER']

const routes: RouteRecordRaw[] = [
  { path: '/', name: routeNames.overview, component: () => import('./pages/OverviewPage.vue') },
  { path: '/inloggen', name: routeNames.login, component: () => import('./pages/LoginPage.vue'), meta: { public: true } },
  { path: '/inbox', name: routeNames.inbox, component: () => import('./inbox/InboxPage.vue'), meta: { roles: analysts } },
  {
    path: '/inbreng/:id(\\d+)',
    name: routeNames.submission,
    component: () => import('./inbox/SubmissionDetailPage.vue'),
    meta: { roles: analysts },
  },
  { path: '/thematafels', name: routeNames.facilitator, component: () => import('./pages/FacilitatorPage.vue') },
  { path: '/kraammomenten', name: routeNames.kraammomenten, component: () => import('./kiosk/KraammomentenPage.vue') },
  { path: '/kraammomenten/:id/papier', name: routeNames.paperEntry, component: () => import('./kiosk/PaperEntryPage.vue') },
  { path: '/rondes', name: routeNames.rounds, component: () => import('./rounds/RoundsPage.vue'), meta: { roles: ['BEHEERDER'] } },
  { path: '/inzicht', name: routeNames.insight, component: () => import('./insight/InsightPage.vue'), meta: { roles: analysts } },
  { path: '/prioritering', name: routeNames.prioritisation, component: () => import('./insight/PrioritisationPage.vue'), meta: { roles: analysts } },
  { path: '/dashboard', name: routeNames.dashboard, component: () => import('./insight/DashboardPage.vue'), meta: { roles: analysts } },
  { path: '/importeren', name: routeNames.imports, component: () => import('./imports/ImportPage.vue'), meta: { roles: analysts } },
  { path: '/accounts', name: routeNames.users, component: () => import('./users/UsersPage.vue'), meta: { roles: ['BEHEERDER'] } },
  { path: '/auditlog', name: routeNames.audit, component: () => import('./audit/AuditPage.vue'), meta: { roles: ['BEHEERDER'] } },
  { path: '/samenvattingen', name: routeNames.roundSummaries, component: () => import('./insight/RoundSummaryPage.vue'), meta: { roles: ['BEHEERDER'] } },
  { path: '/persoonsgegevens', name: routeNames.redactionReview, component: () => import('./inbox/RedactionReviewPage.vue'), meta: { roles: analysts } },
  { path: '/weet-ik-niet', name: routeNames.reviewQueue, component: () => import('./review/ReviewQueuePage.vue'), meta: { roles: analysts } },
  { path: '/:pathMatch(.*)*', name: routeNames.notFound, component: () => import('./pages/NotFoundPage.vue'), meta: { public: true } },
]

export const router = createRouter({ history: createWebHistory('/admin/'), routes })

// Unknown sessions go to the sign-in page first and come back to where they were heading afterwards.
router.beforeEach(async (to) => {
  if (to.meta.public) return true
  const session = useSessionStore()
  await session.load()
  if (!session.signedIn) {
    return { name: routeNames.login, query: to.fullPath === '/' ? {} : { next: to.fullPath } }
  }
  if (to.meta.roles && !session.hasAnyRole(to.meta.roles)) {
    return { name: routeNames.overview }
  }
  return true
})

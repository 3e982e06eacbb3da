import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useSessionStore } from './stores/session'
import type { AdminRole } from '@shared/api/admin'

export const routeNames = {
  overview: 'overview',
  login: 'login',
  inbox: 'inbox',
  submission: 'submission',
  facilitator: 'facilitator',
  tablePlanning: 'table-planning',
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
  noAccess: 'no-access',
  identity: 'identity',
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
  { path: '/', name: routeNames.overview, component: () => import('./pages/OverviewPage.vue'), meta: { titleKey: 'nav.overview' } },
  { path: '/inloggen', name: routeNames.login, component: () => import('./pages/LoginPage.vue'), meta: { titleKey: 'login.title', public: true } },
  { path: '/inbox', name: routeNames.inbox, component: () => import('./inbox/InboxPage.vue'), meta: { titleKey: 'inbox.nav', roles: analysts } },
  {
    path: '/inbreng/:id(\\d+)',
    name: routeNames.submission,
    component: () => import('./inbox/SubmissionDetailPage.vue'),
    meta: { titleKey: 'app.submission', roles: analysts },
  },
  { path: '/thematafels', name: routeNames.facilitator, component: () => import('./pages/FacilitatorPage.vue'), meta: { titleKey: 'nav.tables', roles: ['BEHEERDER', 'FACILITATOR'] } },
  {
    path: '/thematafels/plannen',
    name: routeNames.tablePlanning,
    component: () => import('./tables/TablePlanningPage.vue'),
    meta: { titleKey: 'tablePlanning.title', roles: ['BEHEERDER', 'FACILITATOR'] },
  },
  { path: '/kraammomenten', name: routeNames.kraammomenten, component: () => import('./kiosk/KraammomentenPage.vue'), meta: { titleKey: 'nav.kraammomenten', roles: ['BEHEERDER', 'KRAAM'] } },
  { path: '/kraammomenten/:id/papier', name: routeNames.paperEntry, component: () => import('./kiosk/PaperEntryPage.vue'), meta: { titleKey: 'app.paperEntry', roles: ['BEHEERDER', 'KRAAM'] } },
  { path: '/rondes', name: routeNames.rounds, component: () => import('./rounds/RoundsPage.vue'), meta: { titleKey: 'adminRounds.nav', roles: ['BEHEERDER'] } },
  { path: '/inzicht', name: routeNames.insight, component: () => import('./insight/InsightPage.vue'), meta: { titleKey: 'insight.nav', roles: analysts } },
  { path: '/prioritering', name: routeNames.prioritisation, component: () => import('./insight/PrioritisationPage.vue'), meta: { titleKey: 'insight.prioNav', roles: analysts } },
  { path: '/dashboard', name: routeNames.dashboard, component: () => import('./insight/DashboardPage.vue'), meta: { titleKey: 'insight.dashNav', roles: analysts } },
  { path: '/importeren', name: routeNames.imports, component: () => import('./imports/ImportPage.vue'), meta: { titleKey: 'imports.nav', roles: analysts } },
  { path: '/accounts', name: routeNames.users, component: () => import('./users/UsersPage.vue'), meta: { titleKey: 'users.nav', roles: ['BEHEERDER'] } },
  { path: '/auditlog', name: routeNames.audit, component: () => import('./audit/AuditPage.vue'), meta: { titleKey: 'audit.nav', roles: ['BEHEERDER'] } },
  { path: '/samenvattingen', name: routeNames.roundSummaries, component: () => import('./insight/RoundSummaryPage.vue'), meta: { titleKey: 'summaryAdmin.nav', roles: ['BEHEERDER'] } },
  { path: '/persoonsgegevens', name: routeNames.redactionReview, component: () => import('./inbox/RedactionReviewPage.vue'), meta: { titleKey: 'privacy.nav', roles: analysts } },
  { path: '/weet-ik-niet', name: routeNames.reviewQueue, component: () => import('./review/ReviewQueuePage.vue'), meta: { titleKey: 'reviewQueue.nav', roles: analysts } },
  { path: '/huisstijl', name: routeNames.identity, component: () => import('./identity/IdentityPage.vue'), meta: { titleKey: 'identity.nav', roles: ['BEHEERDER'] } },
  { path: '/geen-toegang', name: routeNames.noAccess, component: () => import('./pages/NoAccessPage.vue'), meta: { titleKey: 'noAccess.title' } },
  { path: '/:pathMatch(.*)*', name: routeNames.notFound, component: () => import('./pages/NotFoundPage.vue'), meta: { titleKey: 'notFound.title', public: true } },
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
    // say which role the page needs instead of quietly landing somewhere else
    return { name: routeNames.noAccess, query: { rollen: to.meta.roles.join(','), pagina: to.fullPath } }
  }
  return true
})

import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

export const routeNames = {
  overview: 'overview',
  facilitator: 'facilitator',
  kraammomenten: 'kraammomenten',
  paperEntry: 'paper-entry',
  insight: 'insight',
  prioritisation: 'prioritisation',
  dashboard: 'dashboard',
  notFound: 'not-found',
} as const

const routes: RouteRecordRaw[] = [
  { path: '/', name: routeNames.overview, component: () => import('./pages/OverviewPage.vue') },
  { path: '/thematafels', name: routeNames.facilitator, component: () => import('./pages/FacilitatorPage.vue') },
  { path: '/kraammomenten', name: routeNames.kraammomenten, component: () => import('./kiosk/KraammomentenPage.vue') },
  { path: '/kraammomenten/:id/papier', name: routeNames.paperEntry, component: () => import('./kiosk/PaperEntryPage.vue') },
  { path: '/inzicht', name: routeNames.insight, component: () => import('./insight/InsightPage.vue') },
  { path: '/prioritering', name: routeNames.prioritisation, component: () => import('./insight/PrioritisationPage.vue') },
  { path: '/dashboard', name: routeNames.dashboard, component: () => import('./insight/DashboardPage.vue') },
  { path: '/:pathMatch(.*)*', name: routeNames.notFound, component: () => import('./pages/NotFoundPage.vue') },
]

export const router = createRouter({ history: createWebHistory('/admin/'), routes })

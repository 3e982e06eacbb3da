import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

export const routeNames = {
  overview: 'overview',
  facilitator: 'facilitator',
  kraammomenten: 'kraammomenten',
  paperEntry: 'paper-entry',
  rounds: 'rounds',
  notFound: 'not-found',
} as const

const routes: RouteRecordRaw[] = [
  { path: '/', name: routeNames.overview, component: () => import('./pages/OverviewPage.vue') },
  { path: '/thematafels', name: routeNames.facilitator, component: () => import('./pages/FacilitatorPage.vue') },
  { path: '/kraammomenten', name: routeNames.kraammomenten, component: () => import('./kiosk/KraammomentenPage.vue') },
  { path: '/kraammomenten/:id/papier', name: routeNames.paperEntry, component: () => import('./kiosk/PaperEntryPage.vue') },
  { path: '/rondes', name: routeNames.rounds, component: () => import('./rounds/RoundsPage.vue') },
  { path: '/:pathMatch(.*)*', name: routeNames.notFound, component: () => import('./pages/NotFoundPage.vue') },
]

export const router = createRouter({ history: createWebHistory('/admin/'), routes })

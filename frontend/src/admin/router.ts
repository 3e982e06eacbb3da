import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

export const routeNames = {
  overview: 'overview',
  facilitator: 'facilitator',
  notFound: 'not-found',
} as const

const routes: RouteRecordRaw[] = [
  { path: '/', name: routeNames.overview, component: () => import('./pages/OverviewPage.vue') },
  { path: '/thematafels', name: routeNames.facilitator, component: () => import('./pages/FacilitatorPage.vue') },
  { path: '/:pathMatch(.*)*', name: routeNames.notFound, component: () => import('./pages/NotFoundPage.vue') },
]

export const router = createRouter({ history: createWebHistory('/admin/'), routes })

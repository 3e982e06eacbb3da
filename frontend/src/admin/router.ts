import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

export const routeNames = {
  overview: 'overview',
  notFound: 'not-found',
} as const

const routes: RouteRecordRaw[] = [
  { path: '/', name: routeNames.overview, component: () => import('./pages/OverviewPage.vue') },
  { path: '/:pathMatch(.*)*', name: routeNames.notFound, component: () => import('./pages/NotFoundPage.vue') },
]

export const router = createRouter({ history: createWebHistory('/admin/'), routes })

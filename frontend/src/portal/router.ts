import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

export const routeNames = {
  home: 'home',
  kiosk: 'kiosk',
  notFound: 'not-found',
} as const

const routes: RouteRecordRaw[] = [
  { path: '/', name: routeNames.home, component: () => import('./pages/HomePage.vue') },
  { path: '/kraam', name: routeNames.kiosk, component: () => import('./kiosk/KioskPage.vue') },
  { path: '/:pathMatch(.*)*', name: routeNames.notFound, component: () => import('./pages/NotFoundPage.vue') },
]

export const router = createRouter({ history: createWebHistory('/'), routes })

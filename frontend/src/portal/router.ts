import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

export const routeNames = {
  home: 'home',
  tables: 'tables',
  myRegistration: 'my-registration',
  round: 'round',
  notFound: 'not-found',
} as const

const routes: RouteRecordRaw[] = [
  { path: '/', name: routeNames.home, component: () => import('./pages/HomePage.vue') },
  { path: '/thematafels', name: routeNames.tables, component: () => import('./pages/TablesPage.vue') },
  {
    path: '/thematafels/inschrijving/:token',
    name: routeNames.myRegistration,
    component: () => import('./pages/MyRegistrationPage.vue'),
  },
  { path: '/rondes/:slug', name: routeNames.round, component: () => import('./pages/RoundPage.vue') },
  { path: '/:pathMatch(.*)*', name: routeNames.notFound, component: () => import('./pages/NotFoundPage.vue') },
]

export const router = createRouter({ history: createWebHistory('/'), routes })

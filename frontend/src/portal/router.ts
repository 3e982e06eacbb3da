import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

export const routeNames = {
  home: 'home',
  give: 'give',
  mine: 'mine',
  priorities: 'priorities',
  results: 'results',
  privacy: 'privacy',
  accessibility: 'accessibility',
  tables: 'tables',
  myRegistration: 'my-registration',
  round: 'round',
  kiosk: 'kiosk',
  notFound: 'not-found',
} as const

const routes: RouteRecordRaw[] = [
  { path: '/', name: routeNames.home, component: () => import('./pages/HomePage.vue') },
  { path: '/inbreng', name: routeNames.give, component: () => import('./pages/GiveInputPage.vue') },
  { path: '/mijn-inbreng/:receipt?', name: routeNames.mine, component: () => import('./pages/MyInputPage.vue') },
  { path: '/prioriteiten', name: routeNames.priorities, component: () => import('./pages/PrioritiesPage.vue') },
  { path: '/wat-doen-we-ermee', name: routeNames.results, component: () => import('./pages/ResultsPage.vue') },
  { path: '/privacy', name: routeNames.privacy, component: () => import('./pages/PrivacyPage.vue') },
  { path: '/toegankelijkheid', name: routeNames.accessibility, component: () => import('./pages/AccessibilityPage.vue') },
  { path: '/thematafels', name: routeNames.tables, component: () => import('./pages/TablesPage.vue') },
  {
    path: '/thematafels/inschrijving/:token',
    name: routeNames.myRegistration,
    component: () => import('./pages/MyRegistrationPage.vue'),
  },
  { path: '/rondes/:slug', name: routeNames.round, component: () => import('./pages/RoundPage.vue') },
  // The market-stall tablet is a single-purpose device: the app shell drops the site navigation there (meta.kiosk).
  { path: '/kraam', name: routeNames.kiosk, component: () => import('./kiosk/KioskPage.vue'), meta: { kiosk: true } },
  { path: '/:pathMatch(.*)*', name: routeNames.notFound, component: () => import('./pages/NotFoundPage.vue') },
]

export const router = createRouter({ history: createWebHistory('/'), routes })

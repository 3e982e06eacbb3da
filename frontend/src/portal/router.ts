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
  { path: '/inbreng', name: routeNames.give, component: () => import('./pages/GiveInputPage.vue'), meta: { titleKey: 'nav.give' } },
  { path: '/mijn-inbreng/:receipt?', name: routeNames.mine, component: () => import('./pages/MyInputPage.vue'), meta: { titleKey: 'nav.mine' } },
  { path: '/prioriteiten', name: routeNames.priorities, component: () => import('./pages/PrioritiesPage.vue'), meta: { titleKey: 'prio.title' } },
  { path: '/wat-doen-we-ermee', name: routeNames.results, component: () => import('./pages/ResultsPage.vue'), meta: { titleKey: 'results.title' } },
  { path: '/privacy', name: routeNames.privacy, component: () => import('./pages/PrivacyPage.vue'), meta: { titleKey: 'privacy.title' } },
  { path: '/toegankelijkheid', name: routeNames.accessibility, component: () => import('./pages/AccessibilityPage.vue'), meta: { titleKey: 'a11y.title' } },
  { path: '/thematafels', name: routeNames.tables, component: () => import('./pages/TablesPage.vue'), meta: { titleKey: 'tables.title' } },
  {
    path: '/thematafels/inschrijving/:token',
    name: routeNames.myRegistration,
    component: () => import('./pages/MyRegistrationPage.vue'),
    meta: { titleKey: 'nav.myRegistration' },
  },
  { path: '/rondes/:slug', name: routeNames.round, component: () => import('./pages/RoundPage.vue'), meta: { titleKey: 'nav.round' } },
  // The market-stall tablet is a single-purpose device: the app shell drops the site navigation there (meta.kiosk).
  { path: '/kraam', name: routeNames.kiosk, component: () => import('./kiosk/KioskPage.vue'), meta: { titleKey: 'nav.kiosk', kiosk: true } },
  { path: '/:pathMatch(.*)*', name: routeNames.notFound, component: () => import('./pages/NotFoundPage.vue'), meta: { titleKey: 'notFound.title' } },
]

export const router = createRouter({ history: createWebHistory('/'), routes })

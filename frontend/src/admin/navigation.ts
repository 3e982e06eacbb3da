import { routeNames } from './router'
import type { AdminRole as Role } from '@shared/api/admin'

export type AdminRole = Role

/** One entry of the admin menu: shown to users holding at least one of the roles. */
export interface NavigationEntry {
  routeName: string
  labelKey: string
  roles: AdminRole[]
}

// Each admin feature adds its menu entry here, in the order the werkgroep works.
export const navigation: NavigationEntry[] = [
  { routeName: routeNames.overview, labelKey: 'nav.overview', roles: ['BEHEERDER', 'ANALIST', 'FACILITATOR', 'KRAAM'] },
  { routeName: routeNames.inbox, labelKey: 'inbox.nav', roles: ['BEHEERDER', 'ANALIST'] },
  { routeName: routeNames.reviewQueue, labelKey: 'reviewQueue.nav', roles: ['BEHEERDER', 'ANALIST'] },
  { routeName: routeNames.tablePlanning, labelKey: 'tablePlanning.nav', roles: ['BEHEERDER', 'FACILITATOR'] },
  { routeName: routeNames.redactionReview, labelKey: 'privacy.nav', roles: ['BEHEERDER', 'ANALIST'] },
  { routeName: routeNames.facilitator, labelKey: 'nav.tables', roles: ['BEHEERDER', 'FACILITATOR'] },
  { routeName: routeNames.rounds, labelKey: 'adminRounds.nav', roles: ['BEHEERDER'] },
  { routeName: routeNames.kraammomenten, labelKey: 'nav.kraammomenten', roles: ['BEHEERDER', 'KRAAM'] },
  { routeName: routeNames.dashboard, labelKey: 'insight.dashNav', roles: ['BEHEERDER', 'ANALIST'] },
  { routeName: routeNames.insight, labelKey: 'insight.nav', roles: ['BEHEERDER', 'ANALIST'] },
  { routeName: routeNames.prioritisation, labelKey: 'insight.prioNav', roles: ['BEHEERDER', 'ANALIST'] },
  { routeName: routeNames.imports, labelKey: 'imports.nav', roles: ['BEHEERDER', 'ANALIST'] },
  { routeName: routeNames.users, labelKey: 'users.nav', roles: ['BEHEERDER'] },
  { routeName: routeNames.audit, labelKey: 'audit.nav', roles: ['BEHEERDER'] },
  { routeName: routeNames.roundSummaries, labelKey: 'summaryAdmin.nav', roles: ['BEHEERDER'] },
  { routeName: routeNames.identity, labelKey: 'identity.nav', roles: ['BEHEERDER'] },
]

/** The entries a user with these roles may see. */
export function navigationFor(roles: readonly AdminRole[]): NavigationEntry[] {
  return navigation.filter((entry) => entry.roles.some((role) => roles.includes(role)))
}

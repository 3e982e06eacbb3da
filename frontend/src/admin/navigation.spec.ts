import { describe, expect, it } from 'vitest'
import { navigation, navigationFor } from './navigation'
import { messages } from './messages/index'
import { routeNames } from './router'

describe('navigation', () => {
  it('describes every part of the app on the overview, in Dutch and English', () => {
    for (const locale of ['nl', 'en'] as const) {
      const what = (messages[locale].overview as { what: Record<string, string> }).what
      const missing = navigation
        .filter((entry) => entry.routeName !== routeNames.overview)
        .filter((entry) => typeof what[entry.routeName] !== 'string')
        .map((entry) => entry.routeName)
      expect(missing, locale).toEqual([])
    }
  })

  it('shows a stall worker only the overview and the stall days', () => {
    expect(navigationFor(['KRAAM']).map((entry) => entry.routeName)).toEqual([routeNames.overview, routeNames.kraammomenten])
  })
})

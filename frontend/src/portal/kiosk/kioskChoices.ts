// What the kiosk offers to choose from: the veiligheidsvelden with their themes, the areas and the stall day's round.
// Each part is fetched when the network is there and kept in IndexedDB; a part that cannot be fetched comes from the
// kept copy, so a tablet restarted without network still shows every theme and place (issue 14).
import type { Area, Veiligheidsveld } from '@shared/api'
import type { KioskMoment } from '@shared/api/kiosk'

export interface KioskChoices {
  velden: Veiligheidsveld[]
  areas: Area[]
  moment: KioskMoment | null
}

export interface ChoiceSources {
  themes: () => Promise<Veiligheidsveld[]>
  areas: () => Promise<Area[]>
  /** Absent while the tablet is not unlocked. */
  moment?: () => Promise<KioskMoment>
}

export interface ChoiceStore {
  read<T>(key: string): Promise<T | undefined>
  write(key: string, value: unknown): Promise<void>
}

export interface LoadedChoices extends KioskChoices {
  /** True when at least one part came from the kept copy because the network failed. */
  offline: boolean
}

async function attempt<T>(source: (() => Promise<T>) | undefined): Promise<{ ok: true; value: T } | { ok: false }> {
  if (!source) return { ok: false }
  try {
    return { ok: true, value: await source() }
  } catch {
    return { ok: false }
  }
}

/**
 * Fetches every part it can and keeps it; falls back per part to the kept copy. Themes and areas are kept per
 * language, the stall day per kiosk link (a tablet moved to another stall day must not show the old round).
 */
export async function loadChoices(lang: string, kioskToken: string, sources: ChoiceSources, store: ChoiceStore): Promise<LoadedChoices> {
  const listsKey = `lists-${lang}`
  const momentKey = `moment-${kioskToken}`
  const keptLists = (await store.read<Omit<KioskChoices, 'moment'>>(listsKey).catch(() => undefined)) ?? { velden: [], areas: [] }
  const keptMoment = (await store.read<KioskMoment>(momentKey).catch(() => undefined)) ?? null
  const [themes, areas, moment] = await Promise.all([attempt(sources.themes), attempt(sources.areas), attempt(sources.moment)])
  const lists = {
    velden: themes.ok ? themes.value : keptLists.velden,
    areas: areas.ok ? areas.value : keptLists.areas,
  }
  if (themes.ok || areas.ok) await store.write(listsKey, lists).catch(() => undefined)
  if (moment.ok) await store.write(momentKey, moment.value).catch(() => undefined)
  return {
    ...lists,
    moment: moment.ok ? moment.value : keptMoment,
    offline: !themes.ok || !areas.ok || (Boolean(sources.moment) && !moment.ok),
  }
}

/** A round with its own themes asks only about those; velden without any of them are left out. */
export function veldenForRound(velden: Veiligheidsveld[], moment: KioskMoment | null): Veiligheidsveld[] {
  const scope = moment?.round?.themeCodes ?? []
  if (scope.length === 0) return velden
  return velden
    .map((veld) => ({ ...veld, themes: veld.themes.filter((theme) => scope.includes(theme.code)) }))
    .filter((veld) => veld.themes.length > 0)
}

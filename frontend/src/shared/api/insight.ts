// Typed calls for the analyst's insight screens (clustering, prioritisation, dashboard, council report)
// and the public round summaries on "Wat doen we ermee".
import { api } from '../api'

export interface ClusteringFilter {
  round?: number
  theme?: string
  channel?: string
  area?: string
  import?: string
}

export interface SummarySentence {
  text: string
  sourceIds: number[]
}

export interface Breakdown {
  channel: Record<string, number>
  area: Record<string, number>
  respondentType: Record<string, number>
}

export interface Cluster {
  id: number
  label: string
  size: number
  summary: string
  summarySentences: SummarySentence[]
  keyPhrases: string[]
  memberIds: number[]
  representativeIds: number[]
  overig: boolean
  themeCode: string | null
  breakdown: Breakdown
}

export interface Clustering {
  id: number
  total: number
  clusters: Cluster[]
  nearDuplicates: Array<{ memberIds: number[]; channels: Record<string, number> }>
}

/** An input in a stored cluster: its number, the start of its text, and whether it still awaits the analyst. */
export interface ClusterMember {
  id: number
  excerpt: string
  isNew: boolean
}

/** A cluster of a stored clustering, with its curation state. */
export interface StoredCluster extends Cluster {
  pinned: boolean
  newMemberIds: number[]
  members: ClusterMember[]
}

/** GET /api/admin/clusterings/{id}: the POST answer plus curation state; unassigned = inputs not placed yet. */
export interface StoredClustering {
  id: number
  total: number
  clusters: StoredCluster[]
  filter: ClusteringFilter
  requestedClusters: number | null
  createdAt: string
  curatedAt: string | null
  unassigned: number
  /** Why the clustering has this number of groups, in Dutch as the server wrote it (null for older ones). */
  countReason?: string | null
}

export interface StoredClusteringSummary {
  id: number
  filter: ClusteringFilter
  createdAt: string
  curatedAt: string | null
  size: number
  clusters: number
}

export interface CuratedCluster {
  id: number
  label: string
  pinned: boolean
  size: number
  memberIds: number[]
}

export interface GroupFigures {
  inputs: number
  votePoints: number
  /** Null for organisations: they are listed by name instead. */
  inputsLink?: string | null
}

export interface OrganisationVote {
  organisation: string
  kind: string
  rank: number
  points: number
  constituencySize: number | null
  constituencyUnit: string | null
  factor: number
  weightedPoints: number
}

export interface ManualWeight {
  weight: number
  reason: string
  scope: 'RONDE' | 'ALLE_RONDES'
  setAt: string
}

export interface ThemePriority {
  code: string
  name: string
  veldCode: string | null
  score: number
  baseScore: number
  weight: number
  manualWeight: ManualWeight | null
  inputs: number
  votes: number
  votePoints: number
  adviceInputs: number
  tableInputs: number
  professionalInputs: number
  organisationPoints: number
  advice: number
  groups: Record<string, GroupFigures>
  organisationVotes: OrganisationVote[]
  inputsLink: string
  tableInputsLink: string
  professionalInputsLink: string
}

export interface Prioritisation {
  round: number | null
  formula: string
  maxima: { inputs: number; votePoints: number; advice: number }
  themes: ThemePriority[]
}

export interface ThemeWeightRequest {
  round?: number
  themeCode: string
  weight: number
  reason: string
}

export interface AreaShare {
  code: string
  name: string
  population: number
  populationYear: number | null
  inputs: number
  inputShare: number
  populationShare: number
  index: number | null
  verdict: 'OVER' | 'ONDER' | 'IN_VERHOUDING' | 'ONBEKEND'
  inputsLink: string
}

export interface AreaPopulation {
  id: number
  code: string
  name: string
  kind: string
  gemeente: string
  population: number | null
  populationYear: number | null
}

export interface Bar {
  label: string
  count: number
}

export interface Dashboard {
  round: number | null
  total: number
  channels: string[]
  perWeek: Array<{ week: string; channels: Record<string, number> }>
  perTheme: Bar[]
  perArea: Bar[]
  perGroup: Bar[]
  areaShares: AreaShare[]
}

export interface Option {
  value: string
  label: string
}

export interface InsightOptions {
  rounds: Option[]
  themes: Option[]
  channels: Option[]
  areas: Option[]
}

export interface RoundSummary {
  roundId: number
  roundTitle: string
  text: string
  /** The moment of publication. */
  approvedAt: string
  councilDecision?: string | null
  councilDecidedOn?: string | null
}

/** Where the four-eyes publication of one round's summary stands (ADR 0136), with mail counts only (ADR 0137). */
export interface SummaryState {
  roundId: number
  proposal: { text: string; proposedBy: string; proposedAt: string; byMe: boolean; suspects: { kind: string; text: string }[] } | null
  published: {
    text: string
    publishedAt: string
    publishedBy: string
    proposedBy: string | null
    councilDecision: string | null
    councilDecidedOn: string | null
  } | null
  feedback: { mailConfigured: boolean; waiting: number; sent: number; failed: number; lapsed: number; notYetQueued: number }
}

// Until the admin session store is merged, the CSRF token comes from GET /api/admin/me, once per page load.
let csrfToken: string | null = null

async function csrf(): Promise<Record<string, string>> {
  if (csrfToken === null) {
    const me = await api.request<{ csrfToken: string }>('GET', '/api/admin/me')
    csrfToken = me.csrfToken
  }
  return { 'X-CSRF-Token': csrfToken }
}

/** Only for tests: forget the cached token. */
export function resetCsrfForTests() {
  csrfToken = null
}

// The server leaves empty lists and maps out of its JSON; these fill them in so pages can rely on them.
function normaliseCluster(cluster: Partial<Cluster> & { id: number; label: string; size: number }): Cluster {
  return {
    summary: '',
    summarySentences: [],
    keyPhrases: [],
    memberIds: [],
    representativeIds: [],
    overig: false,
    themeCode: null,
    ...cluster,
    breakdown: { channel: {}, area: {}, respondentType: {}, ...cluster.breakdown },
  }
}

function normaliseClustering(clustering: Partial<Clustering> & { id: number }): Clustering {
  return { total: 0, nearDuplicates: [], ...clustering, clusters: (clustering.clusters ?? []).map(normaliseCluster) }
}

function normaliseStored(clustering: Partial<StoredClustering> & { id: number }): StoredClustering {
  return {
    total: 0,
    requestedClusters: null,
    createdAt: '',
    curatedAt: null,
    unassigned: 0,
    ...clustering,
    filter: clustering.filter ?? {},
    clusters: (clustering.clusters ?? []).map((cluster) => ({
      pinned: false,
      newMemberIds: [],
      members: [],
      ...normaliseCluster(cluster),
    })) as StoredCluster[],
  }
}

function normalisePrioritisation(prioritisation: Partial<Prioritisation>): Prioritisation {
  return {
    round: null,
    formula: '',
    maxima: { inputs: 1, votePoints: 1, advice: 1 },
    ...prioritisation,
    // Older answers and omitted nulls: the fields a page relies on get their neutral value.
    themes: ((prioritisation.themes ?? []) as Array<Partial<ThemePriority> & Pick<ThemePriority, 'score' | 'adviceInputs'>>).map((theme) => ({
      baseScore: theme.score,
      weight: 1,
      manualWeight: null,
      tableInputs: 0,
      professionalInputs: 0,
      organisationPoints: 0,
      advice: theme.adviceInputs,
      ...theme,
      groups: theme.groups ?? {},
      organisationVotes: theme.organisationVotes ?? [],
    }) as ThemePriority),
  }
}

function normaliseDashboard(dashboard: Partial<Dashboard>): Dashboard {
  return {
    round: null,
    total: 0,
    ...dashboard,
    channels: dashboard.channels ?? [],
    perWeek: (dashboard.perWeek ?? []).map((week) => ({ ...week, channels: week.channels ?? {} })),
    perTheme: dashboard.perTheme ?? [],
    perArea: dashboard.perArea ?? [],
    perGroup: dashboard.perGroup ?? [],
    areaShares: dashboard.areaShares ?? [],
  }
}

function query(params: Record<string, string | number | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

export const insightApi = {
  options: async (): Promise<InsightOptions> => {
    const options = await api.request<Partial<InsightOptions>>('GET', '/api/admin/insight/options')
    return { rounds: options.rounds ?? [], themes: options.themes ?? [], channels: options.channels ?? [], areas: options.areas ?? [] }
  },
  cluster: async (filter: ClusteringFilter, clusters?: number) =>
    normaliseClustering(await api.request<Clustering>('POST', '/api/admin/clusterings', { filter, clusters }, await csrf())),
  rename: async (clusteringId: number, clusterId: number, label: string) =>
    api.request<CuratedCluster>('PATCH', `/api/admin/clusterings/${clusteringId}/clusters/${clusterId}`, { label }, await csrf()),
  merge: async (clusteringId: number, clusterIds: number[], label?: string) =>
    api.request<CuratedCluster>('POST', `/api/admin/clusterings/${clusteringId}/merges`, { clusterIds, label }, await csrf()),
  clusterings: async (round?: number) =>
    // curatedAt and filter fields are left out of the JSON when empty.
    (await api.request<Array<Partial<StoredClusteringSummary> & { id: number }>>('GET', `/api/admin/clusterings${query({ round })}`))
      .map((row) => ({ createdAt: '', size: 0, clusters: 0, ...row, curatedAt: row.curatedAt ?? null, filter: row.filter ?? {} })),
  clustering: async (id: number) => normaliseStored(await api.request<StoredClustering>('GET', `/api/admin/clusterings/${id}`)),
  pin: async (clusteringId: number, clusterId: number, pinned: boolean) =>
    api.request<CuratedCluster>('PATCH', `/api/admin/clusterings/${clusteringId}/clusters/${clusterId}`, { pinned }, await csrf()),
  split: async (clusteringId: number, clusterId: number, submissionIds?: number[]) =>
    api.request<{ created: CuratedCluster; remaining: CuratedCluster }>(
      'POST', `/api/admin/clusterings/${clusteringId}/splits`, { clusterId, submissionIds }, await csrf()),
  move: async (clusteringId: number, submissionIds: number[], toClusterId: number) =>
    api.request<CuratedCluster>('POST', `/api/admin/clusterings/${clusteringId}/moves`, { submissionIds, toClusterId }, await csrf()),
  assignNew: async (clusteringId: number) =>
    api.request<{ assigned: number; toOverig: number }>('POST', `/api/admin/clusterings/${clusteringId}/assignments`, {}, await csrf()),
  acceptNew: async (clusteringId: number, submissionIds: number[]) =>
    api.request<{ accepted: number }>('POST', `/api/admin/clusterings/${clusteringId}/accepts`, { submissionIds }, await csrf()),
  refresh: async (clusteringId: number) =>
    normaliseStored(await api.request<StoredClustering>('POST', `/api/admin/clusterings/${clusteringId}/refreshes`, {}, await csrf())),
  prioritisation: async (round?: number) =>
    normalisePrioritisation(await api.request<Prioritisation>('GET', `/api/admin/prioritisation${query({ round })}`)),
  dashboard: async (round?: number) => normaliseDashboard(await api.request<Dashboard>('GET', `/api/admin/dashboard${query({ round })}`)),
  reportUrl: (round: number, format: 'pdf' | 'docx') => `/api/admin/reports/opbrengsten.${format}?round=${round}`,
  summaryState: (round: number) => api.request<SummaryState>('GET', `/api/admin/rounds/${round}/summary`),
  proposeSummary: async (round: number, text: string) =>
    api.request<SummaryState>('PUT', `/api/admin/rounds/${round}/summary`, { text }, await csrf()),
  publishSummary: async (round: number) =>
    api.request<{ mailsQueued: number; mailConfigured: boolean }>('POST', `/api/admin/rounds/${round}/summary/publish`, {}, await csrf()),
  councilDecision: async (round: number, councilDecision: string, councilDecidedOn: string) =>
    api.request<SummaryState>('PUT', `/api/admin/rounds/${round}/summary/council-decision`,
      { councilDecision, councilDecidedOn }, await csrf()),
  setWeight: async (request: ThemeWeightRequest) =>
    api.request<ManualWeight>('PUT', '/api/admin/prioritisation/weights', request, await csrf()),
  removeWeight: async (themeCode: string, round?: number) =>
    api.request<void>('DELETE', `/api/admin/prioritisation/weights${query({ theme: themeCode, round })}`, undefined, await csrf()),
  areas: async () => (await api.request<AreaPopulation[] | null>('GET', '/api/admin/areas')) ?? [],
  setPopulation: async (areaId: number, population: number | null, year: number | null) =>
    api.request<void>('PUT', `/api/admin/areas/${areaId}/population`, { population, year }, await csrf()),
}

export const summariesApi = {
  all: () => api.request<RoundSummary[]>('GET', '/api/v1/round-summaries'),
  forRound: (round: number) => api.request<RoundSummary>('GET', `/api/v1/rounds/${round}/summary`),
}

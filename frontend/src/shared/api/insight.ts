// Typed calls for the analyst's insight screens (clustering, prioritisation, dashboard, council report)
// and the public round summaries on "Wat doen we ermee". The types are the backend's own records (openapi.yml).
import { address, call, type Schemas } from '../api'

export type ClusteringFilter = Schemas['ClusteringFilter']
export type SummarySentence = Schemas['ClusteringView.SentenceView']
export type Breakdown = Schemas['ClusteringView.Breakdown']
export type Cluster = Schemas['ClusteringView.ClusterView']
export type Clustering = Schemas['ClusteringView']
/** An input in a stored cluster: its number, the start of its text, and whether it still awaits the analyst. */
export type ClusterMember = Schemas['StoredClusteringView.Member']
/** A cluster of a stored clustering, with its curation state. */
export type StoredCluster = Schemas['StoredClusteringView.Cluster']
/** GET /api/admin/clusterings/{id}: the POST answer plus curation state; unassigned = inputs not placed yet. */
export type StoredClustering = Schemas['StoredClusteringView']
export type StoredClusteringSummary = Schemas['StoredClusteringView.Summary']
export type CuratedCluster = Schemas['CuratedCluster']
export type GroupFigures = Schemas['DraftPrioritisation.GroupFigures']
export type OrganisationVote = Schemas['DraftPrioritisation.OrganisationVote']
export type ManualWeight = Schemas['DraftPrioritisation.ManualWeight']
export type ThemePriority = Schemas['DraftPrioritisation.ThemePriority']
export type Prioritisation = Schemas['DraftPrioritisation.Prioritisation']
export type ThemeWeightRequest = Schemas['ThemeWeightsController.WeightRequest']
export type AreaShare = Schemas['DashboardFigures.AreaShare']
export type AreaPopulation = Schemas['AreaPopulationRepository.AreaPopulation']
export type Bar = Schemas['DashboardFigures.Bar']
export type Dashboard = Schemas['DashboardFigures.Dashboard']
export type Option = Schemas['InsightOptionsController.Option']
export type InsightOptions = Schemas['InsightOptionsController.Options']
/** A published round summary; {@code approvedAt} is the moment of publication. */
export type RoundSummary = Schemas['RoundSummaryController.SummaryView']
/** Where the four-eyes publication of one round's summary stands (ADR 0136), with mail counts only (ADR 0137). */
export type SummaryState = Schemas['RoundSummaryAdminController.StateView']

/** The figures link to the API's own list of those inputs; the admin screen for that list is the inbox. */
export const inboxRoute = (link: string) => link.replace('/api/admin/submissions', '/inbox')

export const insightApi = {
  options: () => call('GET', '/api/admin/insight/options'),
  cluster: (filter: ClusteringFilter, clusters?: number) => call('POST', '/api/admin/clusterings', { body: { filter, clusters } }),
  rename: (clusteringId: number, clusterId: number, label: string) =>
    call('PATCH', '/api/admin/clusterings/{id}/clusters/{clusterId}', { path: { id: clusteringId, clusterId }, body: { label } }),
  merge: (clusteringId: number, clusterIds: number[], label?: string) =>
    call('POST', '/api/admin/clusterings/{id}/merges', { path: { id: clusteringId }, body: { clusterIds, label } }),
  clusterings: (round?: number) => call('GET', '/api/admin/clusterings', { query: { round } }),
  clustering: (id: number) => call('GET', '/api/admin/clusterings/{id}', { path: { id } }),
  pin: (clusteringId: number, clusterId: number, pinned: boolean) =>
    call('PATCH', '/api/admin/clusterings/{id}/clusters/{clusterId}', { path: { id: clusteringId, clusterId }, body: { pinned } }),
  split: (clusteringId: number, clusterId: number, submissionIds?: number[]) =>
    call('POST', '/api/admin/clusterings/{id}/splits', { path: { id: clusteringId }, body: { clusterId, submissionIds } }),
  move: (clusteringId: number, submissionIds: number[], toClusterId: number) =>
    call('POST', '/api/admin/clusterings/{id}/moves', { path: { id: clusteringId }, body: { submissionIds, toClusterId } }),
  assignNew: (clusteringId: number) => call('POST', '/api/admin/clusterings/{id}/assignments', { path: { id: clusteringId } }),
  acceptNew: (clusteringId: number, submissionIds: number[]) =>
    call('POST', '/api/admin/clusterings/{id}/accepts', { path: { id: clusteringId }, body: { submissionIds } }),
  refresh: (clusteringId: number) => call('POST', '/api/admin/clusterings/{id}/refreshes', { path: { id: clusteringId } }),
  prioritisation: (round?: number) => call('GET', '/api/admin/prioritisation', { query: { round } }),
  dashboard: (round?: number) => call('GET', '/api/admin/dashboard', { query: { round } }),
  reportUrl: (round: number, format: 'pdf' | 'docx') => address(`/api/admin/reports/opbrengsten.${format}`, {}, { round }),
  summaryState: (round: number) => call('GET', '/api/admin/rounds/{id}/summary', { path: { id: round } }),
  proposeSummary: (round: number, text: string) => call('PUT', '/api/admin/rounds/{id}/summary', { path: { id: round }, body: { text } }),
  publishSummary: (round: number) => call('POST', '/api/admin/rounds/{id}/summary/publish', { path: { id: round } }),
  councilDecision: (round: number, councilDecision: string, councilDecidedOn: string) =>
    call('PUT', '/api/admin/rounds/{id}/summary/council-decision', { path: { id: round }, body: { councilDecision, councilDecidedOn } }),
  setWeight: (request: ThemeWeightRequest) => call('PUT', '/api/admin/prioritisation/weights', { body: request }),
  removeWeight: (themeCode: string, round?: number) =>
    call('DELETE', '/api/admin/prioritisation/weights', { query: { theme: themeCode, round } }),
  areas: () => call('GET', '/api/admin/areas'),
  setPopulation: (areaId: number, population: number | null, year: number | null) =>
    call('PUT', '/api/admin/areas/{id}/population', { path: { id: areaId }, body: { population, year } }),
}

export const summariesApi = {
  all: () => call('GET', '/api/v1/round-summaries'),
  forRound: (round: number) => call('GET', '/api/v1/rounds/{id}/summary', { path: { id: round } }),
}

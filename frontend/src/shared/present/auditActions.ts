// Turns an audit entry (HTTP method and path, as the server's AuditTrailFilter writes it) into a sentence that says
// what happened: "Clusters samengevoegd in clustering 1". A call no rule knows keeps its method and path, so the
// log never hides an action; a new admin route adds one rule and one sentence here.

export interface AuditLike {
  action: string
  target: string
  /** The HTTP status the action ended with; a refused request is described as refused. */
  outcome?: number
}

/** A message key under audit.actions with its parameters. */
export interface Described {
  key: string
  params: Record<string, string>
}

// Path prefixes the area filter sends as "target"; each matches the paths of one part of the admin app.
export const AUDIT_AREAS: Record<string, string> = {
  login: '/api/admin/log',
  users: '/api/admin/users',
  imports: '/api/admin/imports',
  exports: '/api/admin/exports',
  submissions: '/api/admin/submissions',
  clusterings: '/api/admin/clusterings',
  prioritisation: '/api/admin/prioritisation',
  rounds: '/api/admin/rounds',
  tables: '/api/admin/tables',
  kiosk: '/api/admin/kraammomenten',
  areas: '/api/admin/areas',
  identity: '/api/admin/identity',
}

const ID = '(\\d+)'
const rule = (method: string, path: string, key: string, names: string[] = []) => ({
  method,
  pattern: new RegExp(`^/api/admin${path}$`),
  key,
  names,
})

const RULES = [
  rule('POST', '/login', 'login'),
  rule('POST', '/logout', 'logout'),
  rule('POST', '/users', 'createUser'),
  rule('PUT', `/users/${ID}/roles`, 'setRoles', ['id']),
  rule('POST', `/users/${ID}/deactivate`, 'deactivate', ['id']),
  rule('POST', `/users/${ID}/activate`, 'activate', ['id']),
  rule('POST', `/users/${ID}/password`, 'password', ['id']),
  rule('POST', '/imports/preview', 'importPreview'),
  rule('POST', '/imports', 'import'),
  rule('POST', '/submissions/bulk', 'bulk'),
  rule('POST', `/submissions/${ID}/hide`, 'hide', ['id']),
  rule('POST', `/submissions/${ID}/spam`, 'spam', ['id']),
  rule('POST', `/submissions/${ID}/restore`, 'restore', ['id']),
  rule('PUT', `/submissions/${ID}/themes`, 'retag', ['id']),
  rule('POST', `/submissions/${ID}/notes`, 'note', ['id']),
  rule('POST', `/submissions/${ID}/merge`, 'merge', ['id']),
  rule('POST', `/submissions/${ID}/unmerge`, 'unmerge', ['id']),
  rule('POST', `/submissions/${ID}/redactions`, 'redact', ['id']),
  rule('*', `/submissions/${ID}(?:/.*)?`, 'submission', ['id']),
  rule('POST', '/clusterings', 'createClustering'),
  rule('POST', `/clusterings/${ID}/merges`, 'clusterMerge', ['id']),
  rule('POST', `/clusterings/${ID}/splits`, 'clusterSplit', ['id']),
  rule('POST', `/clusterings/${ID}/moves`, 'clusterMove', ['id']),
  rule('POST', `/clusterings/${ID}/refreshes`, 'clusterRefresh', ['id']),
  rule('POST', `/clusterings/${ID}/accepts`, 'clusterAccept', ['id']),
  rule('POST', `/clusterings/${ID}/assignments`, 'clusterAssign', ['id']),
  rule('PATCH', `/clusterings/${ID}/clusters/${ID}`, 'clusterEdit', ['id', 'cluster']),
  rule('PUT', '/prioritisation/weights', 'setWeight'),
  rule('DELETE', '/prioritisation/weights', 'resetWeight'),
  rule('POST', '/rounds', 'createRound'),
  rule('POST', `/rounds/${ID}/invitations`, 'invite', ['id']),
  rule('PUT', `/rounds/${ID}/summary`, 'roundSummary', ['id']),
  rule('*', `/rounds/${ID}(?:/.*)?`, 'round', ['id']),
  rule('POST', '/kraammomenten', 'createKraammoment'),
  rule('POST', `/kraammomenten/${ID}/paper-submissions`, 'paperEntry', ['id']),
  rule('POST', '/tables', 'createTable'),
  rule('POST', `/tables/${ID}/outcomes`, 'tableOutcome', ['id']),
  rule('PUT', `/tables/${ID}/registrations/${ID}/attendance`, 'attendance', ['id', 'registration']),
  rule('PUT', `/tables/${ID}/verslag`, 'verslag', ['id']),
  rule('*', `/tables/${ID}(?:/.*)?`, 'table', ['id']),
  rule('PUT', `/areas/${ID}/population`, 'population', ['id']),
  rule('PUT', '/identity', 'identity'),
  rule('PUT', '/identity/logo', 'logo'),
  rule('DELETE', '/identity/logo', 'logoRemoved'),
]

// Entries the server writes itself (SecurityAudit), not from a request's method and path.
const SIGN_IN_OUTCOMES: Record<number, string> = { 200: 'login', 401: 'loginFailed', 429: 'loginThrottled' }

export function describeAuditAction(entry: AuditLike): Described {
  if (entry.action === 'LOGIN') return { key: SIGN_IN_OUTCOMES[entry.outcome ?? 200] ?? 'loginFailed', params: {} }
  if (entry.action === 'OVERFLOW') return { key: 'overflow', params: { count: /\d+/.exec(entry.target)?.[0] ?? '?' } }
  // The access filter logs what it turned away; the request's own sentence would say it happened.
  if (entry.outcome === 401) return { key: 'refusedSignedOut', params: {} }
  if (entry.outcome === 403) return { key: 'refusedRole', params: {} }
  const [path, query = ''] = entry.target.split('?', 2)
  if (entry.action === 'GET' && path.startsWith('/api/admin/exports/')) {
    const withContact = new URLSearchParams(query).get('includeContact') === 'true'
    return { key: withContact ? 'exportContact' : 'export', params: {} }
  }
  for (const { method, pattern, key, names } of RULES) {
    if (method !== '*' && method !== entry.action) continue
    const match = pattern.exec(path)
    if (match) return { key, params: Object.fromEntries(names.map((name, i) => [name, match[i + 1]])) }
  }
  return { key: 'other', params: { method: entry.action, target: entry.target } }
}

export const auditMessages = {
  nl: {
    auditActions: {
      login: 'Ingelogd',
      loginFailed: 'Inloggen mislukt',
      loginThrottled: 'Inloggen even geblokkeerd na te veel pogingen',
      overflow: '{count} geweigerde verzoeken in één minuut, samen gelogd',
      refusedSignedOut: 'Verzoek geweigerd: niet ingelogd',
      refusedRole: 'Verzoek geweigerd: deze rol mag dit niet',
      logout: 'Uitgelogd',
      createUser: 'Account aangemaakt',
      setRoles: 'Rollen van account {id} gewijzigd',
      deactivate: 'Account {id} uitgezet',
      activate: 'Account {id} weer aangezet',
      password: 'Nieuw wachtwoord voor account {id}',
      importPreview: 'Voorbeeld van een import bekeken',
      import: 'Bestand geïmporteerd',
      export: 'Inbreng geëxporteerd',
      exportContact: 'Inbreng geëxporteerd met contactgegevens',
      bulk: 'Meerdere inbreng tegelijk gewijzigd',
      hide: 'Inbreng {id} verborgen',
      spam: 'Inbreng {id} als spam gemarkeerd',
      restore: 'Inbreng {id} teruggezet',
      retag: 'Thema’s van inbreng {id} aangepast',
      note: 'Notitie bij inbreng {id} geschreven',
      merge: 'Dubbele inbreng samengevoegd met inbreng {id}',
      unmerge: 'Samenvoegen van inbreng {id} ongedaan gemaakt',
      redact: 'Tekst van inbreng {id} afgeschermd',
      submission: 'Inbreng {id} gewijzigd',
      createClustering: 'Nieuwe clustering gemaakt',
      clusterMerge: 'Clusters samengevoegd in clustering {id}',
      clusterSplit: 'Cluster gesplitst in clustering {id}',
      clusterMove: 'Inbreng verplaatst in clustering {id}',
      clusterRefresh: 'Clustering {id} bijgewerkt met nieuwe inbreng',
      clusterAccept: 'Nieuwe inbreng geaccepteerd in clustering {id}',
      clusterAssign: 'Nieuwe inbreng ingedeeld in clustering {id}',
      clusterEdit: 'Cluster {cluster} in clustering {id} aangepast',
      setWeight: 'Gewicht van een thema in de prioritering aangepast',
      resetWeight: 'Gewicht van een thema in de prioritering teruggezet',
      createRound: 'Nieuwe ronde gemaakt',
      invite: 'Organisatie uitgenodigd voor ronde {id}',
      roundSummary: 'Samenvatting van ronde {id} opgeslagen',
      round: 'Ronde {id} gewijzigd',
      createKraammoment: 'Nieuw kraammoment gepland',
      paperEntry: 'Papieren formulier ingevoerd bij kraammoment {id}',
      createTable: 'Nieuwe thematafel gepland',
      tableOutcome: 'Opbrengst van thematafel {id} vastgelegd',
      attendance: 'Aanwezigheid bij thematafel {id} bijgewerkt',
      verslag: 'Verslag van thematafel {id} opgeslagen',
      table: 'Thematafel {id} gewijzigd',
      population: 'Inwonertal van wijk {id} ingevuld',
      identity: 'Naam en huisstijl van de gemeente gewijzigd',
      logo: 'Logo van de gemeente vervangen',
      logoRemoved: 'Logo van de gemeente verwijderd',
      other: 'Andere handeling: {method} {target}',
    },
  },
  en: {
    auditActions: {
      login: 'Signed in',
      loginFailed: 'Sign-in failed',
      loginThrottled: 'Sign-in briefly blocked after too many attempts',
      overflow: '{count} refused requests in one minute, logged together',
      refusedSignedOut: 'Request refused: not signed in',
      refusedRole: 'Request refused: this role may not do this',
      logout: 'Signed out',
      createUser: 'Account created',
      setRoles: 'Roles of account {id} changed',
      deactivate: 'Account {id} switched off',
      activate: 'Account {id} switched on again',
      password: 'New password for account {id}',
      importPreview: 'Preview of an import viewed',
      import: 'File imported',
      export: 'Input exported',
      exportContact: 'Input exported with contact details',
      bulk: 'Several inputs changed at once',
      hide: 'Input {id} hidden',
      spam: 'Input {id} marked as spam',
      restore: 'Input {id} restored',
      retag: 'Themes of input {id} changed',
      note: 'Note written on input {id}',
      merge: 'Duplicate input merged into input {id}',
      unmerge: 'Merge of input {id} undone',
      redact: 'Text of input {id} redacted',
      submission: 'Input {id} changed',
      createClustering: 'New clustering made',
      clusterMerge: 'Clusters merged in clustering {id}',
      clusterSplit: 'Cluster split in clustering {id}',
      clusterMove: 'Input moved in clustering {id}',
      clusterRefresh: 'Clustering {id} updated with new input',
      clusterAccept: 'New input accepted in clustering {id}',
      clusterAssign: 'New input placed in clustering {id}',
      clusterEdit: 'Cluster {cluster} in clustering {id} changed',
      setWeight: 'Weight of a theme in the prioritisation changed',
      resetWeight: 'Weight of a theme in the prioritisation reset',
      createRound: 'New round made',
      invite: 'Organisation invited to round {id}',
      roundSummary: 'Summary of round {id} saved',
      round: 'Round {id} changed',
      createKraammoment: 'New market stall day planned',
      paperEntry: 'Paper form entered for market stall day {id}',
      createTable: 'New theme table planned',
      tableOutcome: 'Outcome of theme table {id} recorded',
      attendance: 'Attendance at theme table {id} updated',
      verslag: 'Report of theme table {id} saved',
      table: 'Theme table {id} changed',
      population: 'Population of area {id} filled in',
      identity: 'Name and house style of the municipality changed',
      logo: 'Logo of the municipality replaced',
      logoRemoved: 'Logo of the municipality removed',
      other: 'Other action: {method} {target}',
    },
  },
}

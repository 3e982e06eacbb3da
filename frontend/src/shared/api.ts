// The one client for the backend API: the only module that talks to the network (a spec fails on fetch elsewhere).
// Paths, parameters, bodies and answers are typed from the backend's OpenAPI description (ADR 0180): openapi.d.ts is
// generated from the committed openapi.yml by `npm run generate:api`, so a renamed field fails the type check.
import type { components, paths } from './api/openapi'

/** The backend's records by their OpenAPI schema name, e.g. Schemas['ShowSubmission.Detail']. */
export type Schemas = components['schemas']

export type Theme = Schemas['ThemeCatalogue.ThemeView']
export type Veiligheidsveld = Schemas['ThemeCatalogue.VeldView']
export type Area = Schemas['AreaRepository.AreaView']
export type Round = Schemas['RoundsController.RoundView']

export interface FieldError {
  field: string
  message: string
}

/** An answer the server refused, carrying its Dutch problem title and field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly errors: FieldError[] = [],
    readonly detail: string | null = null,
  ) {
    super(title)
  }
}

type Verb = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
type Operation<P extends keyof paths, V extends Verb> = NonNullable<paths[P][Lowercase<V>]>

/** The paths that answer to this verb. */
export type PathWith<V extends Verb> = {
  [P in keyof paths]: undefined extends paths[P][Lowercase<V>] ? never : P
}[keyof paths]

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : void
/** What a call gives back: the JSON of its 200 or 201 answer; nothing for 204. */
export type Answer<O> = O extends { responses: infer R }
  ? R extends { 200: infer A } ? Json<A> : R extends { 201: infer A } ? Json<A> : void
  : never

type PathArgs<O> = O extends { parameters: { path: infer X } } ? { path: X } : { path?: undefined }
type QueryArgs<O> = O extends { parameters: { query?: infer Q } } ? { query?: Partial<NonNullable<Q>> } : object
// A JSON body as its record; any other body (a logo, a spreadsheet) goes up as a Blob.
type BodyArgs<O> = O extends { requestBody?: never }
  ? { body?: undefined }
  : O extends { requestBody?: { content: { 'application/json': infer B } } } ? { body: B }
    : O extends { requestBody?: { content: object } } ? { body: Blob } : { body?: undefined }

/** The query parameters of a GET path, e.g. the audit log's filters. */
export type QueryOf<P extends PathWith<'GET'>> = Partial<NonNullable<Operation<P, 'GET'> extends { parameters: { query?: infer Q } } ? Q : never>>

/** Path and query parameters, JSON body and extra headers of one call, as the description types them. */
export type CallOptions<O> = PathArgs<O> & QueryArgs<O> & BodyArgs<O> & { headers?: Record<string, string> }

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

// The admin session's CSRF token (CONTRACT: every state-changing admin call carries X-CSRF-Token). The session store
// hands it over after login or /api/admin/me; a screen used without the store learns it from /api/admin/me once.
let csrfToken = ''
let csrfLookup: Promise<string> | null = null

/** The session store sets the token of the signed-in user here, and clears it on logout. */
export function setCsrfToken(token: string) {
  csrfToken = token
  csrfLookup = null
}

async function csrfHeader(method: string, path: string): Promise<Record<string, string>> {
  if (!STATE_CHANGING.has(method) || !path.startsWith('/api/admin/')) return {}
  if (csrfToken === '' && path !== '/api/admin/login') {
    // Without a session the call goes out without a token and the server's 401/403 reaches the page.
    csrfLookup ??= request<{ csrfToken: string }>('GET', '/api/admin/me').then((me) => me.csrfToken, () => '')
    csrfToken = await csrfLookup
  }
  return { 'X-CSRF-Token': csrfToken }
}

async function problemOf(status: number, statusText: string, read: () => Promise<unknown>): Promise<ApiError> {
  const problem = ((await read().catch(() => ({}))) ?? {}) as { title?: string; errors?: FieldError[]; detail?: string }
  return new ApiError(status, problem.title ?? statusText, problem.errors ?? [], problem.detail ?? null)
}

function isRaw(body: unknown): body is Blob {
  return typeof Blob !== 'undefined' && body instanceof Blob
}

/**
 * The one request function: JSON in and out (a Blob goes up as it is), the CSRF header on admin changes, and a
 * refused answer thrown as ApiError. Feature modules use the typed {@link call}; this untyped form is for them only.
 */
export async function request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': isRaw(body) ? body.type || 'application/octet-stream' : 'application/json' }),
      ...(await csrfHeader(method, path)),
      ...headers,
    },
    body: body === undefined ? undefined : isRaw(body) ? body : JSON.stringify(body),
    credentials: 'same-origin',
  })
  if (!response.ok) throw await problemOf(response.status, response.statusText, () => response.json())
  if (response.status === 204) return undefined as T
  return (await response.json()) as T
}

type Params = Record<string, string | number | boolean | null | undefined>

/** The path with its {placeholders} filled in and the query's non-empty values appended, in the order given. */
export function address(path: string, pathParams?: Params, query?: Params): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(pathParams?.[name] ?? '')))
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue
    search.set(key, String(value))
  }
  const text = search.toString()
  return text ? `${filled}?${text}` : filled
}

/** A typed call: the path must exist for the verb, and path, query, body and answer follow the description. */
export function call<V extends Verb, P extends PathWith<V>>(
  method: V, path: P, ...[options]: {} extends CallOptions<Operation<P, V>> ? [CallOptions<Operation<P, V>>?] : [CallOptions<Operation<P, V>>]
): Promise<Answer<Operation<P, V>>> {
  const given = options as unknown as { path?: Params; query?: Params; body?: unknown; headers?: Record<string, string> } | undefined
  return request(method, address(path, given?.path, given?.query), given?.body, given?.headers)
}

/**
 * An upload that reports its progress (a spreadsheet of up to 10 MB): fetch cannot tell how much went up, so this
 * one call uses XMLHttpRequest, with the same CSRF header and the same ApiError as {@link request}.
 */
export async function upload<T>(path: string, file: Blob, contentType: string, onProgress?: (percent: number) => void): Promise<T> {
  const headers = await csrfHeader('POST', path)
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', path)
    xhr.setRequestHeader('Content-Type', contentType)
    xhr.setRequestHeader('Accept', 'application/json')
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value)
    xhr.withCredentials = true
    if (onProgress) {
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100))
      }
    }
    const json = async () => JSON.parse(xhr.responseText || '{}')
    xhr.onload = async () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve((await json().catch(() => ({}))) as T)
      else reject(await problemOf(xhr.status, xhr.statusText, json))
    }
    xhr.onerror = () => reject(new ApiError(0, 'network'))
    xhr.send(file)
  })
}

export const api = {
  themes: (lang = 'nl') => call('GET', '/api/v1/themes', { query: { lang } }),
  areas: () => call('GET', '/api/v1/areas'),
  rounds: () => call('GET', '/api/v1/rounds'),
}

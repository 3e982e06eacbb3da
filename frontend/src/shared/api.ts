// The one typed client for the backend API. Pages never call fetch themselves.

export interface Theme {
  code: string
  name: string
  description: string | null
}

export interface Veiligheidsveld {
  code: string
  name: string
  themes: Theme[]
}

export interface Area {
  code: string
  name: string
  gemeente: string
}

export interface Round {
  id: number
  slug: string
  title: string
  doelgroep: string
  opensAt: string
  closesAt: string
  themeCodes: string[]
  byInvitation?: boolean
  /** The respondent groups whose input on the open form lands in this round (the server's rule). */
  respondentTypes?: string[]
}

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

async function request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  })
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}))
    throw new ApiError(response.status, problem.title ?? response.statusText, problem.errors ?? [], problem.detail ?? null)
  }
  if (response.status === 204) return undefined as T
  return (await response.json()) as T
}

export const api = {
  themes: (lang = 'nl') => request<Veiligheidsveld[]>('GET', `/api/v1/themes?lang=${lang}`),
  areas: () => request<Area[]>('GET', '/api/v1/areas'),
  rounds: () => request<Round[]>('GET', '/api/v1/rounds'),
  request,
}

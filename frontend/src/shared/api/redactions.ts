import { adminRequest } from './admin'

/** A suggested piece of personal data in one field of an input (ADR 0047, 0135). Offsets are UTF-16, end exclusive. */
export interface Suspect {
  field: 'problem' | 'solution'
  start: number
  end: number
  kind: 'TELEFOON' | 'EMAIL' | 'KENTEKEN' | 'ADRES' | 'NAAM' | 'BESCHULDIGING'
  text: string
  kept: boolean
}

export interface ReviewItem {
  id: number
  roundId: number | null
  problem: string | null
  solution: string | null
  suspects: Suspect[]
}

export interface ReviewPage {
  total: number
  reviewed: number
  items: ReviewItem[]
}

const span = (suspect: Suspect) => ({ field: suspect.field, start: suspect.start, end: suspect.end })

export const redactionsApi = {
  suspects: async (id: number) => (await adminRequest<Suspect[] | null>('GET', `/api/admin/submissions/${id}/redactions`)) ?? [],
  /** Removes these pieces from the text ("[verwijderd]"). */
  remove: (id: number, suspects: Suspect[]) =>
    adminRequest<{ problem: string | null; solution: string | null }>('POST', `/api/admin/submissions/${id}/redactions`,
      { spans: suspects.map(span) }),
  /** Leaves these pieces in the text: a person judged them harmless. */
  keep: (id: number, suspects: Suspect[]) =>
    adminRequest<{ kept: number }>('POST', `/api/admin/submissions/${id}/redactions/keep`, { spans: suspects.map(span) }),
  review: async (round?: number): Promise<ReviewPage> => {
    const page = await adminRequest<Partial<ReviewPage>>('GET', `/api/admin/redaction-review${round ? `?round=${round}` : ''}`)
    return { total: page.total ?? 0, reviewed: page.reviewed ?? 0, items: page.items ?? [] }
  },
}

/** A field's text cut into plain and suspected parts, for highlighting; overlapping suspects share a mark. */
export function segments(text: string, suspects: Suspect[]): Array<{ text: string; suspect: Suspect | null }> {
  const marks = suspects.filter((s) => !s.kept).sort((a, b) => a.start - b.start || b.end - a.end)
  const parts: Array<{ text: string; suspect: Suspect | null }> = []
  let at = 0
  for (const mark of marks) {
    if (mark.end <= at) continue
    const start = Math.max(mark.start, at)
    if (start > at) parts.push({ text: text.slice(at, start), suspect: null })
    parts.push({ text: text.slice(start, mark.end), suspect: mark })
    at = mark.end
  }
  if (at < text.length) parts.push({ text: text.slice(at), suspect: null })
  return parts
}

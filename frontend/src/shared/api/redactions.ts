import { call, type Schemas } from '../api'

/** A suggested piece of personal data in one field of an input (ADR 0047, 0135). Offsets are UTF-16, end exclusive. */
export type Suspect = Schemas['Redactions.Suggestion']
export type ReviewItem = Schemas['ListUnreviewedSuspects.Item']
export type ReviewPage = Schemas['ListUnreviewedSuspects.Page']

const span = (suspect: Suspect) => ({ field: suspect.field, start: suspect.start, end: suspect.end })

export const redactionsApi = {
  suspects: (id: number) => call('GET', '/api/admin/submissions/{id}/redactions', { path: { id } }),
  /** Removes these pieces from the text ("[verwijderd]"). */
  remove: (id: number, suspects: Suspect[]) =>
    call('POST', '/api/admin/submissions/{id}/redactions', { path: { id }, body: { spans: suspects.map(span) } }),
  /** Leaves these pieces in the text: a person judged them harmless. */
  keep: (id: number, suspects: Suspect[]) =>
    call('POST', '/api/admin/submissions/{id}/redactions/keep', { path: { id }, body: { spans: suspects.map(span) } }),
  review: (round?: number) => call('GET', '/api/admin/redaction-review', { query: { round } }),
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

/** A piece of a search snippet: plain text, or text the search engine marked as a hit. */
export interface SnippetPart {
  text: string
  marked: boolean
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&#x2F;': '/' }

function unescape(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#x27|#39|#x2F);/g, (entity) => ENTITIES[entity] ?? entity)
}

/**
 * Splits the server's escaped snippet ("… <mark>jongeren</mark> bij …") into parts that the page renders as text
 * nodes. Nothing is ever inserted as HTML, so a resident's text can never become markup in the admin app.
 */
export function snippetParts(snippet: string | null | undefined): SnippetPart[] {
  if (!snippet) return []
  const parts: SnippetPart[] = []
  const pattern = /<mark>([\s\S]*?)<\/mark>/g
  let last = 0
  for (let match = pattern.exec(snippet); match; match = pattern.exec(snippet)) {
    if (match.index > last) parts.push({ text: unescape(snippet.slice(last, match.index)), marked: false })
    parts.push({ text: unescape(match[1]), marked: true })
    last = match.index + match[0].length
  }
  if (last < snippet.length) parts.push({ text: unescape(snippet.slice(last)), marked: false })
  return parts
}

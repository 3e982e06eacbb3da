// Guesses which column of an uploaded file holds what, from the header names survey tools and earlier rounds use.
// The werkgroep sees the guess in the mapping form and can change every choice before anything is imported.
import type { ColumnMapping } from '@shared/api/imports'

type Field = keyof ColumnMapping

// Words per field, Dutch and English, as they appear in headers. Order of FIELDS settles ties: an id column named
// "respondent id" is the id, not the respondent type.
const WORDS: Record<Field, string[]> = {
  id: ['id', 'nummer', 'nr', 'volgnummer', 'kenmerk', 'number', 'responseid', 'respondentid', 'referentie'],
  text: ['tekst', 'text', 'probleem', 'problem', 'inbreng', 'omschrijving', 'beschrijving', 'opmerking', 'opmerkingen',
    'reactie', 'antwoord', 'melding', 'toelichting', 'comment', 'comments', 'description', 'wat gaat er mis', 'zorg'],
  solution: ['oplossing', 'solution', 'idee', 'suggestie', 'voorstel', 'wat zou helpen', 'verbetering', 'idea'],
  theme: ['thema', 'themas', 'theme', 'themes', 'onderwerp', 'categorie', 'category', 'topic'],
  respondent: ['respondenttype', 'respondent', 'type respondent', 'doelgroep', 'ik ben', 'rol', 'groep', 'soort', 'wie'],
}
const FIELDS: Field[] = ['id', 'text', 'solution', 'theme', 'respondent']

/** Lower case, no accents or punctuation, single spaces: "Thema's " and "thema’s" both become "themas". */
export function normalise(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** 3: the header is one of the words; 2: it contains one as a whole word or phrase; 0: no match. */
function score(header: string, field: Field): number {
  const name = normalise(header)
  let best = 0
  for (const word of WORDS[field]) {
    if (name === word || name.replace(/ /g, '') === word) return 3
    if (` ${name} `.includes(` ${word} `)) best = Math.max(best, 2)
  }
  return best
}

/**
 * A first mapping for these columns: each column is used for at most one field, the best match wins. When no header
 * looks like text, the first column nobody else took is offered as text, because an import cannot run without one.
 */
export function defaultMapping(columns: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = { text: '', solution: '', theme: '', id: '', respondent: '' }
  const candidates: Array<{ field: Field; column: string; score: number; order: number }> = []
  for (const column of columns) {
    FIELDS.forEach((field, order) => {
      const s = score(column, field)
      if (s > 0) candidates.push({ field, column, score: s, order })
    })
  }
  candidates.sort((a, b) => b.score - a.score || a.order - b.order || columns.indexOf(a.column) - columns.indexOf(b.column))
  const taken = new Set<string>()
  for (const candidate of candidates) {
    if (mapping[candidate.field] || taken.has(candidate.column)) continue
    mapping[candidate.field] = candidate.column
    taken.add(candidate.column)
  }
  if (!mapping.text) mapping.text = columns.find((column) => !taken.has(column)) ?? ''
  return mapping
}

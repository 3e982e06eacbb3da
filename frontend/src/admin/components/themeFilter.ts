// Which themes match what staff type into the theme picker: a code ("3", "3.1") matches by its start, words match
// anywhere in the theme's name, its examples or its veld's name, without caring about case or accents ("ondermijning",
// "jeugd overlast"). Every word must match.
import type { Veiligheidsveld } from '@shared/api'

const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()

export function filterVelden(velden: Veiligheidsveld[], typed: string): Veiligheidsveld[] {
  const words = plain(typed).split(/[\s,;]+/).filter(Boolean)
  if (words.length === 0) return velden
  return velden
    .map((veld) => ({
      ...veld,
      themes: veld.themes.filter((theme) => {
        const text = plain(`${theme.name} ${theme.description ?? ''} ${veld.name}`)
        return words.every((word) => (/^\d/.test(word) ? theme.code.startsWith(word) : text.includes(word)))
      }),
    }))
    .filter((veld) => veld.themes.length > 0)
}

/** "3.1 Jeugdoverlast": how a theme is named wherever staff pick or see one. */
export function themeLabel(code: string, velden: Veiligheidsveld[]): string {
  for (const veld of velden) {
    const theme = veld.themes.find((candidate) => candidate.code === code)
    if (theme) return `${theme.code} ${theme.name}`
  }
  return code
}

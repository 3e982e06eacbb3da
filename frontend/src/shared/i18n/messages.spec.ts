import { describe, expect, it } from 'vitest'
import { baseCompile } from '@intlify/message-compiler'
import type { MessageTree } from './index'
import { messages as adminMessages } from '../../admin/messages/index'
import { messages as portalMessages } from '../../portal/messages/index'

// Every text of both apps, as "nl.key.path" → text.
function flatten(tree: MessageTree, prefix: string, into: Map<string, string>) {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') into.set(`${prefix}.${key}`, value)
    else flatten(value, `${prefix}.${key}`, into)
  }
  return into
}

// vue-i18n compiles a message the first time a screen shows it; a stray "@" or "|" then breaks the whole page
// (the huisstijl page stayed empty over "@utrecht/design-tokens"). Compile them all here instead.
describe.each([
  ['admin', adminMessages],
  ['portal', portalMessages],
])('the %s texts', (_, messages) => {
  it('all compile, in Dutch and English', () => {
    const broken: string[] = []
    for (const locale of ['nl', 'en'] as const) {
      for (const [key, text] of flatten(messages[locale], locale, new Map())) {
        baseCompile(text, { onError: (error) => broken.push(`${key}: ${error.message} in "${text}"`) })
      }
    }
    expect(broken).toEqual([])
  })

  it('has every Dutch text in English too, and no English text without a Dutch one', () => {
    const nl = [...flatten(messages.nl, '', new Map()).keys()]
    const en = [...flatten(messages.en, '', new Map()).keys()]
    expect(nl.filter((key) => !en.includes(key))).toEqual([])
    expect(en.filter((key) => !nl.includes(key))).toEqual([])
  })
})

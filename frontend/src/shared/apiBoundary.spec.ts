// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// Style rule 13: pages never call fetch. The one client (shared/api.ts) is the only code that reaches the network
// and the only place that knows the CSRF header, so a change to either happens in one file.
const src = join(dirname(fileURLToPath(import.meta.url)), '..')
const CLIENT = 'shared/api.ts'

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(ts|vue)$/.test(name) && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts') ? [path] : []
  })
}

function offenders(pattern: RegExp): string[] {
  return sources(src)
    .map((path) => relative(src, path).split('\\').join('/'))
    .filter((file) => file !== CLIENT && pattern.test(readFileSync(join(src, file), 'utf8')))
}

describe('the API client boundary', () => {
  it('leaves every network call to the client module', () => {
    expect(offenders(/\bfetch\s*\(|XMLHttpRequest|\bnew\s+WebSocket\b|sendBeacon/)).toEqual([])
  })

  it('keeps the CSRF header in the client module', () => {
    expect(offenders(/X-CSRF-Token/i)).toEqual([])
  })
})

import { defineConfig } from 'vitest/config'
import type { Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('.', import.meta.url))
const require = createRequire(import.meta.url)

// Published NL Design System token sets a gemeente can pick, each served as /themes/<name>.css and loaded only on
// the pages of a gemeente that picked it (identity/IdentityInPage.java). The neutral set is in the bundle itself.
const TOKEN_SETS: Record<string, string> = { utrecht: '@utrecht/design-tokens/dist/index.css' }

function publishedTokenSets(): Plugin {
  return {
    name: 'inbreng-published-token-sets',
    apply: 'build',
    generateBundle() {
      for (const [name, file] of Object.entries(TOKEN_SETS)) {
        this.emitFile({ type: 'asset', fileName: `themes/${name}.css`, source: readFileSync(require.resolve(file)) })
      }
    },
  }
}

// Two entries, two apps: the public portal (with the kiosk at /kraam) and the werkgroep's admin app.
// The build lands in target/classes/public so the Maven jar carries it to the backend's classpath.
export default defineConfig({
  plugins: [vue(), publishedTokenSets()],
  resolve: {
    alias: { '@shared': resolve(root, 'src/shared') },
  },
  build: {
    outDir: 'target/classes/public',
    emptyOutDir: true,
    rollupOptions: {
      input: {
        portal: resolve(root, 'index.html'),
        admin: resolve(root, 'admin/index.html'),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/health': 'http://localhost:8080' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    // Page specs mount whole screens in jsdom; on a busy 2-core build machine one can take over 5 s (the default).
    // A real hang still fails, just later.
    testTimeout: 30_000,
  },
})

import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('.', import.meta.url))

// Two entries, two apps: the public portal (with the kiosk at /kraam) and the werkgroep's admin app.
// The build lands in target/classes/public so the Maven jar carries it to the backend's classpath.
export default defineConfig({
  plugins: [vue()],
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
  },
})

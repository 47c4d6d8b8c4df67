import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // The search index runs in a worker thread, which needs its own file beside index.js.
          searchWorker: resolve(__dirname, 'src/core/search/worker/searchWorker.ts'),
          // "Import a day" decodes HEIC photos and PDF scans in a worker thread of its own.
          decodeWorker: resolve(__dirname, 'src/core/dayImport/decodeWorker.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload cannot require npm packages: bundle it as one self-contained file.
    build: {
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
})

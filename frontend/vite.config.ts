import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

import { reportSizes } from './build/report-sizes.ts';

const backend = 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), reportSizes()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': backend,
      '/actuator': backend,
      '/v3': backend,
    },
  },
  build: {
    // Maven packs target/classes into the module jar, so the backend serves the UI from classpath:/static/.
    outDir: 'target/classes/static',
    emptyOutDir: true,
    // Pages are split off with React.lazy; the entry chunk holds the shell, and the process
    // diagram (bpmn-js) loads on first use. build/report-sizes.ts prints both gzip sizes. Warn
    // when any chunk grows past this budget.
    chunkSizeWarningLimit: 400,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    restoreMocks: true,
    // Rendering whole Mantine forms in jsdom is slow, more so on a busy build machine.
    testTimeout: 30_000,
    unstubGlobals: true,
  },
});

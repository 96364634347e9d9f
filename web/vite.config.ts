/**
 * Builds the analyst's web app into dist/web, where `cellgraph serve` finds it.
 * Everything is bundled (no CDN, no web fonts); the Natural Earth shapes are split
 * into their own chunk so the chart does not wait for the map.
 */
import { defineConfig } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: path.resolve(here, '../dist/web'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});

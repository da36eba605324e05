import { execFileSync } from 'node:child_process';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import fi from './locales/fi/common.json' with { type: 'json' };
import { webManifest } from './src/webManifest';

/** The routing and calendar suites run again under foreign zones: Helsinki time must not move. */
const machineSuites = ['tests/machines/**/*.test.ts', 'tests/scripts/**/*.test.ts'];

/**
 * Writes the prerendered start pages (scripts/prerender.tsx) when the bundle is written, before
 * vite-plugin-pwa lists the files to precache, so that the service worker knows the final HTML.
 */
function prerenderStartPages(): Plugin {
  return {
    name: 'prerender-start-pages',
    apply: 'build',
    closeBundle: {
      order: 'pre',
      handler() {
        execFileSync('npx', ['tsx', 'scripts/prerender.tsx'], { stdio: 'inherit' });
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    prerenderStartPages(),
    VitePWA({
      // The page registers the worker itself (src/registerServiceWorker.ts) and reloads into a
      // new version as a whole: never old pages with new chunks.
      registerType: 'autoUpdate',
      injectRegister: null,
      manifest: webManifest('fi', fi, '/'),
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        globIgnores: ['embed.js'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    rolldownOptions: {
      // The citizen page and the page that partners frame; embed.js is built by vite.loader.config.ts.
      input: { main: 'index.html', embed: 'embed.html' },
    },
  },
  test: {
    // The machine is shared: a spawned `npm run route` or a lazy chunk can take seconds under load.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          setupFiles: ['tests/setup.ts'],
        },
      },
      ...['America/New_York', 'Asia/Tokyo'].map((zone) => ({
        extends: true as const,
        test: {
          name: `TZ=${zone}`,
          include: machineSuites,
          pool: 'forks' as const,
          env: { TZ: zone },
        },
      })),
    ],
  },
});

import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import fi from './locales/fi/common.json' with { type: 'json' };
import { serveLoaderInDev } from './scripts/build/serveLoaderInDev';
import { webManifest } from './src/serviceWorker/webManifest';

/** The routing and calendar suites run again under foreign zones: Helsinki time must not move. */
const machineSuites = ['tests/machines/**/*.test.ts', 'tests/scripts/**/*.test.ts'];

/**
 * Writes the prerendered start pages (scripts/build/prerender.tsx) when the bundle is written, before
 * vite-plugin-pwa lists the files to precache, so that the service worker knows the final HTML.
 */
function prerenderStartPages(): Plugin {
  let outDir = 'dist';
  return {
    name: 'prerender-start-pages',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'pre',
      handler() {
        // The base tsconfig: tsx applies a tsconfig's JSX setting only to the files it includes,
        // and the prerender runs both scripts/ and the app's src/.
        execFileSync(
          'npx',
          ['tsx', '--tsconfig', 'tsconfig.base.json', 'scripts/build/prerender.tsx', outDir],
          { stdio: 'inherit' },
        );
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    serveLoaderInDev(),
    prerenderStartPages(),
    VitePWA({
      // Our own small worker (src/serviceWorker/sw.ts): it checks what it stores, serves each
      // page as itself and takes a new version only when the page asks. The page registers it
      // (src/update/registerServiceWorker.ts).
      strategies: 'injectManifest',
      srcDir: 'src/serviceWorker',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: webManifest('fi', fi, '/'),
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        // The partner's loader is always fetched fresh; the not-found page is the server's.
        globIgnores: ['embed.js', '404.html'],
      },
    }),
  ],
  build: {
    rolldownOptions: {
      // The citizen page and the page that partners frame; embed.js is built by vite.loader.config.ts.
      input: { main: 'index.html', embed: 'embed.html' },
      output: {
        // One chunk of what both pages start with (React, the machine, the flow, every
        // outcome); what only one page needs stays in its entry, the rest in lazy chunks.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'], minShareCount: 2 }] },
        // A language's texts are named for it (texts-sv-….js), not for the file (common.json).
        chunkFileNames: (chunk) => {
          const texts = /locales\/([a-z]+)\/common\.json$/.exec(chunk.facadeModuleId ?? '');
          return texts ? `assets/texts-${texts[1] ?? ''}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  test: {
    // A timeout, not a speed check: on a shared 2-core machine a spawned `npm run route`, a lazy
    // chunk or the 100,000-line batch can take seconds under load.
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
          // Pipes, memory and deploys do not depend on the zone; once is enough (they are slow).
          exclude: ['tests/scripts/routePipes.test.ts', 'tests/scripts/checkDeploy.test.ts'],
          pool: 'forks' as const,
          env: { TZ: zone },
        },
      })),
    ],
  },
});

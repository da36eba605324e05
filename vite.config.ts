import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import fi from './locales/fi/common.json' with { type: 'json' };
import { serveLoaderInDev } from './scripts/build/serveLoaderInDev';
import { webManifest } from './src/serviceWorker/webManifest';

/** A chunk group's test: a module of one of these packages. */
const inNodeModules =
  (...packages: string[]) =>
  (id: string): boolean =>
    packages.some((name) => id.includes(`/node_modules/${name}/`));

/**
 * The entries' own small modules (what main.tsx and embedMain.tsx import statically): kept out of
 * the stage chunks, so that nothing heavy is evaluated before the first stage.
 */
const isBoot = (id: string): boolean =>
  /\/src\/app\/(startInStages|urlParams)\.ts$|\/src\/i18n\/languages\.ts$|\/src\/update\/reloadOnMissingChunk\.ts$|vite\/(preload-helper|modulepreload-polyfill)/.test(
    id,
  );

/**
 * Modules that only the staff view, the guide and the commands import, but that more than one
 * chunk shares, so the start-app group would otherwise take them. The rest of the staff tools'
 * core stays out because the start never imports machines/matrix.ts.
 */
const isStaffOnly = (id: string): boolean =>
  /machines\/(matrix|routingMatrix|machineGraph)\.ts$|src\/components\/MunicipalityOptions\.tsx$/.test(
    id,
  );

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

/**
 * The chunks of the start stages (src/app/startInStages.ts) as modulepreload links of each page,
 * which the boot script turns into requests after the first paint (scripts/build/criticalPath.ts):
 * the stages are evaluated one after another, but fetched all at once.
 */
function preloadStartStages(): Plugin {
  return {
    name: 'preload-start-stages',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return [];
        const files = new Set<string>();
        const add = (file: string) => {
          const found = bundle[file];
          if (found?.type !== 'chunk' || files.has(file)) return;
          files.add(file);
          found.imports.forEach(add);
        };
        // The dynamic imports of the entry and of what it imports (boot) are the stages and the
        // page; lazy pages and other languages' texts are imported further down, not followed.
        for (const file of [chunk.fileName, ...chunk.imports]) {
          const found = bundle[file];
          if (found?.type === 'chunk') found.dynamicImports.forEach(add);
        }
        return [...files]
          .filter((file) => !chunk.imports.includes(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    preloadStartStages(),
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
  resolve: {
    alias: {
      'use-sync-external-store/shim': resolve(
        import.meta.dirname,
        'src/app/shims/useSyncExternalStore.ts',
      ),
    },
  },
  build: {
    // Every browser the app supports knows modulepreload (the boot script adds the links).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The citizen page and the page that partners frame; embed.js is built by vite.loader.config.ts.
      input: { main: 'index.html', embed: 'embed.html' },
      output: {
        // What both pages start with, in the stages of src/app/startInStages.ts: the entries' own
        // small modules (boot), then React, then the rest, each evaluated in a task of its own.
        codeSplitting: {
          groups: [
            { name: 'boot', test: isBoot, priority: 5 },
            {
              name: 'start-react',
              test: inNodeModules('react', 'react-dom', 'scheduler'),
              priority: 4,
            },
            {
              name: 'start-app',
              // What only the staff tools and the guide use stays with them (isStaffOnly).
              test: (id) => !id.endsWith('.css') && !isStaffOnly(id),
              minShareCount: 2,
              priority: 1,
            },
          ],
        },
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

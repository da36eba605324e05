/**
 * The Vitest run that Stryker drives (`npm run test:mutation`): the unit suites in one project,
 * without the component suites, the suites that spawn processes (a child process never sees the active mutant, so its
 * tests would let every mutant survive) and without the browser suites.
 */
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    // The logic's own suites. The component suites (tests/src/*.test.tsx) render whole screens in
    // jsdom and take seconds each: Stryker runs every suite for each mutant of module-level code
    // (the machine's config, the rules' data), so they would make a run take hours.
    include: ['tests/**/*.test.ts'],
    exclude: [
      'tests/e2e/**',
      // Spawn `npm run -s route`; routeInProcess and routeBatchInProcess ask the same in-process.
      'tests/scripts/routeCommand.test.ts',
      'tests/scripts/routePipes.test.ts',
      // Test tools that no mutated file feeds (check-deploy, ESLint's boundaries, the dev loader
      // build) and take seconds: each mutant of module-level code would re-run them.
      'tests/scripts/checkDeploy.test.ts',
      'tests/lint/**',
      'tests/build/**',
      // Check components and locale files, which no mutant touches.
      'tests/src/noLiteralStrings.test.ts',
      'tests/locales/**',
    ],
    // Fewer property runs: every mutant of module-level code re-runs every suite.
    env: { PROPERTY_RUNS: '300' },
    setupFiles: ['tests/setup.ts'],
    // Instrumented code on a shared machine: the slowest suites (every shortest path) need more.
    testTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** The routing and calendar suites run again under foreign zones: Helsinki time must not move. */
const machineSuites = ['tests/machines/**/*.test.ts', 'tests/scripts/**/*.test.ts'];

export default defineConfig({
  plugins: [react()],
  build: {
    rolldownOptions: {
      // The citizen page and the page that partners frame; embed.js is built by vite.loader.config.ts.
      input: { main: 'index.html', embed: 'embed.html' },
    },
  },
  test: {
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

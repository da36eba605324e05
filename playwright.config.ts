import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';
import { APP_ORIGIN, APP_PORT, DEPLOY_ORIGIN, HOST_ORIGIN, NGINX_ORIGIN } from './tests/e2e/ports';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: APP_ORIGIN,
    trace: 'off',
    // Debian's Chromium: Playwright cannot download its own browser here.
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: `npm run -s build:app && npx vite preview --port ${String(APP_PORT)} --strictPort`,
      url: `${APP_ORIGIN}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The deployed nginx configuration over dist/ (waits for the build of the server above).
      command: 'npx tsx tests/e2e/nginx/serve.ts',
      url: `${NGINX_ORIGIN}/index.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // Builds A (dist/) and B of the app and serves a folder that the deploy walks swap files
      // in, with the deployed nginx configuration (tests/e2e/deploy.spec.ts).
      command: 'npx tsx tests/e2e/deploy/serve.ts',
      url: `${DEPLOY_ORIGIN}/index.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // A partner's site on another origin, for the embedding tests.
      command: 'npx tsx tests/e2e/host/serve.ts',
      url: `${HOST_ORIGIN}/one.html`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});

/**
 * Deploys as they happen, against the deployed nginx configuration over a folder that these tests
 * upload builds into (tests/e2e/deploy/site.ts): build A is live, then build B arrives, in the
 * wrong order or in full. The tests share that folder, so they run one after another.
 */
import { spawnSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import en from '../../locales/en/common.json' with { type: 'json' };
import { open, pressAnswer, waitForServiceWorker } from './helpers';
import { DEPLOY_ORIGIN as SITE } from './ports';
import { publish, uploadPagesAndWorkerOfB } from './deploy/site';

test.describe.configure({ mode: 'serial' });

const checkDeployOf = (url: string) =>
  spawnSync('npm', ['run', '-s', 'check-deploy', '--', `${url}/`], { encoding: 'utf8' });

interface Stored {
  cache: string;
  path: string;
  type: string;
}

/** Everything the service worker has stored, with the type each response was stored with. */
function storedResponses(page: Page): Promise<Stored[]> {
  return page.evaluate(async () => {
    const stored: Stored[] = [];
    for (const cache of await caches.keys()) {
      const open = await caches.open(cache);
      for (const request of await open.keys()) {
        const response = await open.match(request);
        const type = response?.headers.get('content-type') ?? '';
        stored.push({ cache, path: new URL(request.url).pathname, type });
      }
    }
    return stored;
  });
}

async function expectNoScriptStoredAsAnythingElse(page: Page) {
  const stored = await storedResponses(page);
  expect(stored.length).toBeGreaterThan(0);
  expect(stored.filter((s) => /\.m?js$/.test(s.path) && !/javascript/.test(s.type))).toEqual([]);
}

/** Asks the browser to look for a new service worker now and waits for the outcome. */
function lookForUpdate(page: Page): Promise<'waiting' | 'failed' | 'none'> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) return 'none';
    await registration.update().catch(() => undefined);
    const worker = registration.installing ?? registration.waiting;
    if (!worker) return 'none';
    if (worker.state === 'installed') return 'waiting';
    return new Promise<'waiting' | 'failed'>((resolve) => {
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' || worker.state === 'activated') resolve('waiting');
        if (worker.state === 'redundant') resolve('failed');
      });
    });
  });
}

/** Asks the page; null while it is reloading (its JavaScript world is being replaced). */
async function ask<T>(page: Page, question: () => T): Promise<T | null> {
  try {
    return await page.evaluate(question);
  } catch {
    return null;
  }
}

const runsBuildB = (page: Page) =>
  ask(page, () => document.querySelector('script[src*="/assets/main-b-"]') !== null);

/** A mark in the page's JavaScript world: it is gone once the page reloads. */
const mark = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { stillHere: boolean }).stillHere = true;
  });
const marked = (page: Page) =>
  ask(page, () => (window as unknown as { stillHere?: boolean }).stillHere === true);

test('a deploy in the wrong order, then in full: the app never breaks and takes B', async ({
  page,
}) => {
  publish('a');
  await open(page, `${SITE}/en/`);
  await waitForServiceWorker(page);

  // B's pages and sw.js are up before its assets; check-deploy names what is missing.
  uploadPagesAndWorkerOfB();
  const halfDone = checkDeployOf(SITE);
  expect(halfDone.status).toBe(1);
  expect(halfDone.stdout).toMatch(/^\/assets\/main-b-[\w-]+\.js: status 404$/m);
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-quick-exit-keys', 'on');
  // B cannot install (its assets are missing): A keeps serving, and stores nothing wrong.
  expect(await lookForUpdate(page)).toBe('failed');
  await pressAnswer(page, 'situation', 'money');
  await expect(page.locator('h1')).toHaveText('Kela');
  await expectNoScriptStoredAsAnythingElse(page);

  // The deploy completes (without A's assets: the worker does not need them from the server).
  publish('b');
  expect(checkDeployOf(SITE)).toMatchObject({ status: 0, stderr: '' });
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Kela');
  expect(await lookForUpdate(page)).toBe('waiting');
  // The next step takes the new version, on the step it leads to.
  await page.getByRole('button', { name: en.nav.back, exact: true }).click();
  await expect.poll(() => runsBuildB(page)).toBe(true);
  await expect(page.locator('h1')).toHaveText(en.question.situation.title);
  await expect(page.locator('body')).toHaveAttribute('data-quick-exit-keys', 'on');
  await pressAnswer(page, 'situation', 'crisis');
  await pressAnswer(page, 'urgency', 'cannot-wait');
  await pressAnswer(page, 'municipality', 'forssa');
  await expect(page.locator('.outcome, h1').first()).toBeVisible();
  await expectNoScriptStoredAsAnythingElse(page);
  // One cache, of build B: what A stored is gone.
  const caches = new Set((await storedResponses(page)).map((s) => s.cache));
  expect(caches.size).toBe(1);
  expect((await storedResponses(page)).some((s) => s.path.includes('/main-b-'))).toBe(true);
});

test('an update that arrives while an outcome is shown waits for the next step', async ({
  page,
}) => {
  publish('a');
  await open(page, `${SITE}/en/`);
  await waitForServiceWorker(page);
  await pressAnswer(page, 'situation', 'money');
  await expect(page.locator('h1')).toHaveText('Kela');
  await mark(page);

  publish('b');
  expect(await lookForUpdate(page)).toBe('waiting');
  // Time for a reload, if anything were to reload the outcome.
  await page.waitForTimeout(1000);
  expect(await marked(page)).toBe(true);
  await expect(page.locator('h1')).toHaveText('Kela');
  expect(await runsBuildB(page)).toBe(false);

  await page.getByRole('button', { name: en.nav.back, exact: true }).click();
  await expect.poll(() => runsBuildB(page)).toBe(true);
  await expect.poll(() => marked(page)).toBe(false);
  await expect(page.locator('h1')).toHaveText(en.question.situation.title);
});

test.describe('an open tab without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('reloads the page it is on when a deploy removed the chunk it asks for', async ({
    page,
  }) => {
    publish('a');
    await open(page, `${SITE}/sv/`);
    await pressAnswer(page, 'situation', 'crisis');
    await expect(page.locator('h1')).not.toHaveText(/Vad gäller saken/);

    // B replaces A, and A's chunks with it; the tab still runs A and switches to English.
    publish('b');
    await mark(page);
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => marked(page)).toBe(false);
    await expect(page).toHaveURL(`${SITE}/en/`);
    await expect(page.locator('h1')).toHaveText(en.question.urgency.title);
    expect(await runsBuildB(page)).toBe(true);
  });
});

import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type Page } from '@playwright/test';

export const QUICK_EXIT_URL = 'https://www.ilmatieteenlaitos.fi/';

/** Watches a page for console errors and for requests that leave its own origin. */
export function watch(page: Page) {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.href !== QUICK_EXIT_URL) {
      foreignRequests.push(url.href);
    }
  });
  return { consoleErrors, foreignRequests };
}

/** Serves a stand-in for the quick exit's neutral site: no request really leaves the machine. */
export async function stubQuickExitSite(page: Page) {
  await page.route(`${QUICK_EXIT_URL}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
  );
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Everything a screen must have: 112 as a tel: link, the quick exit, and no answer in the URL. */
export async function expectSafeScreen(page: Page, answerIds: string[]) {
  await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
  await expect(page.locator('.quick-exit__button')).toBeVisible();
  for (const id of answerIds) expect(page.url()).not.toContain(id);
}

/** Sets the page clock to a Helsinki time before the app reads it. */
export async function fixClock(page: Page, isoWithOffset: string) {
  await page.clock.setFixedTime(new Date(isoWithOffset));
}

/** Opens a page of the app and waits until it is interactive (hydrated, shortcuts listening). */
export async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('body')).toHaveAttribute('data-quick-exit-keys', 'on');
}

/** Waits until the service worker controls the page: from then on it works offline. */
export async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

/**
 * Waits until the screen on view takes presses: for a moment after each change a tap is taken as
 * part of the previous one (the double-tap lock), as a person's second tap of a double tap is.
 */
export async function flowReady(target: Page | Frame) {
  await expect(target.locator('.flow[data-ready="true"]')).toHaveCount(1);
}

/** Answers by pressing the real form control whose value is the RULES.md id, once it takes presses. */
export async function pressAnswer(target: Page | Frame, question: string, value: string) {
  await flowReady(target);
  await target.locator(`button[name="${question}"][value="${value}"]`).click();
}

/**
 * Holds back the app's scripts until `release` is called: the prerendered page as it is before
 * the app runs. Not with a service worker in control: its requests are not routed.
 */
export async function holdScripts(page: Page) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/*.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

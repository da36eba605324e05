import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { measurePage } from '../../scripts/bench/measurePage';
import { APP_ORIGIN } from './ports';

const budget = JSON.parse(
  readFileSync(new URL('../../bench/budget.json', import.meta.url), 'utf8'),
) as { startPageJsGzipBytes: number; embedPageJsGzipBytes: number; pageHtmlGzipBytes: number };

for (const [name, path, jsBudget] of [
  ['the start page', '/', budget.startPageJsGzipBytes],
  ['the embed page', '/embed.html?municipality=forssa', budget.embedPageJsGzipBytes],
] as const) {
  test(`${name} stays within its byte budget (bytes, not time)`, async ({ page }) => {
    const transfer = await measurePage(page, `${APP_ORIGIN}${path}`);
    console.log(
      `${name}: ${String(transfer.js)} B gzipped JS (budget ${String(jsBudget)} B), ` +
        `${String(transfer.css)} B CSS, ${String(transfer.html)} B HTML ` +
        `(budget ${String(budget.pageHtmlGzipBytes)} B)`,
    );
    expect(transfer.js).toBeGreaterThan(0);
    expect(transfer.js).toBeLessThanOrEqual(jsBudget);
    expect(transfer.html).toBeLessThanOrEqual(budget.pageHtmlGzipBytes);
    // Nothing but the HTML before the first paint: no style sheet file at all.
    expect(transfer.css).toBe(0);
    // The first screen's texts come with the page: no text file is fetched.
    expect(transfer.files.filter((file) => file.includes('/texts-'))).toEqual([]);
    // The code starts in stages, but no stage waits for the network: every script the page
    // loads was asked for at once by the boot script (docs/decisions/0013-start-in-short-tasks.md).
    const boot = page.locator('script[data-src]');
    const announced = [
      await boot.getAttribute('data-src'),
      ...((await boot.getAttribute('data-preload')) ?? '').split(' '),
    ];
    const scripts = transfer.files.filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    expect(scripts.filter((file) => !announced.includes(file))).toEqual([]);
    // None of the staff tools' and commands' code (machines/matrix.ts) rides along: each is
    // named by words that only it has.
    const staffOnly = {
      'reading a typed moment (parseInstant.ts)': 'outside the supported range',
      "the command's JSON (routeJson.ts)": 'availableNow',
      "the assumptions' words (staffWords.ts)": 'assumption.phase-year',
    };
    const code = (
      await Promise.all(scripts.map(async (file) => (await page.request.get(file)).text()))
    ).join('\n');
    expect(
      Object.entries(staffOnly)
        .filter(([, words]) => code.includes(words))
        .map(([what]) => what),
    ).toEqual([]);
  });
}

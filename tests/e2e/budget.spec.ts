import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { measurePage } from '../../scripts/measurePage';
import { APP_ORIGIN } from './ports';

const budget = JSON.parse(
  readFileSync(new URL('../../bench/budget.json', import.meta.url), 'utf8'),
) as { startPageJsGzipBytes: number };

test('the start page stays within its JavaScript budget (bytes, not time)', async ({ page }) => {
  const transfer = await measurePage(page, `${APP_ORIGIN}/`);
  console.log(
    `start page: ${String(transfer.js)} B gzipped JS (budget ${String(budget.startPageJsGzipBytes)} B), ` +
      `${String(transfer.css)} B CSS, ${String(transfer.html)} B HTML`,
  );
  expect(transfer.js).toBeGreaterThan(0);
  expect(transfer.js).toBeLessThanOrEqual(budget.startPageJsGzipBytes);
});

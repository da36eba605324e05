import { expect, test } from '@playwright/test';
import { fixClock, open, waitForServiceWorker, pressAnswer } from './helpers';

test('after one visit the app works with no network, up to an outcome', async ({
  page,
  context,
}) => {
  await fixClock(page, '2023-04-11T10:00:00+03:00');
  await open(page, '/?lang=en');
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-quick-exit-keys', 'on');
  await pressAnswer(page, 'situation', 'elderly-at-home');
  await pressAnswer(page, 'urgency', 'cannot-wait');
  await pressAnswer(page, 'municipality', 'forssa');
  await expect(page.locator('h1')).toHaveText('Social services of Forssa');

  // Other pages and languages come from the cache too, the staff view with its lazy chunk.
  await page.goto('/sv/');
  await expect(page.locator('h1')).toHaveText('Vad gäller saken?');
  await page.goto('/selko/');
  await expect(page.locator('[data-prerendered="selko"]')).toHaveCount(1);
  await expect(
    page.getByText('Tässä ohjeessa sen nimi on lyhyesti sosiaalipäivystys.'),
  ).toBeVisible();
  await page.goto('/?page=staff&at=2023-04-24T10:00&municipality=forssa&lang=en');
  await expect(page.locator('button[data-cell="elderly-at-home/-/cannot-wait"]')).toContainText(
    '10. Centralised',
  );
  await context.setOffline(false);
});

import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, waitForServiceWorker, watch } from './helpers';
import { NGINX_ORIGIN as NGINX } from './ports';

/** Collects Content-Security-Policy violations reported in the page. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test.describe('served by the deployed nginx configuration', () => {
  test('sends the security and caching headers', async ({ request }) => {
    const html = await request.get(`${NGINX}/`);
    expect(html.status()).toBe(200);
    const headers = html.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain('frame-ancestors *');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cache-control']).toBe('no-cache');
    expect(headers['x-frame-options']).toBeUndefined();

    const page = await (await request.get(`${NGINX}/sv/`)).text();
    expect(page).toContain('<html lang="sv">');
    const asset = /\/assets\/main-[\w-]+\.js/.exec(page)?.[0];
    expect(asset).toBeDefined();
    const js = await request.get(`${NGINX}${asset ?? ''}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(js.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.headers()['content-encoding']).toBe('gzip');
    expect(js.headers()['content-security-policy']).toContain("default-src 'self'");
    for (const file of ['/sw.js', '/embed.js', '/manifest.webmanifest']) {
      expect((await request.get(`${NGINX}${file}`)).headers()['cache-control'], file).toBe(
        'no-cache',
      );
    }
  });

  test('the whole flow, the staff view and the embedding guide run under the strict CSP', async ({
    page,
  }) => {
    const violations = await watchCsp(page);
    const seen = watch(page);
    await page.clock.setFixedTime(new Date('2023-04-11T10:00:00+03:00'));
    await page.goto(`${NGINX}/en/`);
    await expect(page.locator('body')).toHaveAttribute('data-quick-exit-keys', 'on');
    await page.locator('button[name="situation"][value="domestic-violence"]').click();
    await page.locator('button[name="affected"][value="elderly"]').click();
    await page.locator('button[name="urgency"][value="cannot-wait"]').click();
    await page.locator('button[name="municipality"][value="loppi"]').click();
    await expect(page.locator('h1')).toHaveText('Social services of Loppi');
    await expectNoAxeViolations(page);
    expect(await violations()).toEqual([]);

    await page.goto(`${NGINX}/?page=staff&at=2023-04-11T10:00&municipality=forssa&lang=en`);
    await page.locator('button[data-cell="crisis/-/can-wait"]').click();
    await expect(page.getByRole('region', { name: 'Why' })).toContainText('Rule 7 of 11');
    expect(await violations()).toEqual([]);

    await page.goto(`${NGINX}/?page=embed&lang=en`);
    await expect(page.frameLocator('iframe.embed-preview').locator('h1')).toHaveText(
      'Mistä asiassa on kyse?',
    );
    expect(await violations()).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.foreignRequests).toEqual([]);
  });

  test.describe('with JavaScript disabled', () => {
    test.use({ javaScriptEnabled: false });

    test('the prerendered start page shows 112 and 03 621 7100', async ({ page }) => {
      await page.goto(`${NGINX}/`);
      await expect(page.locator('h1')).toHaveText('Mistä asiassa on kyse?');
      await expect(page.getByRole('link', { name: 'Soita 112' })).toBeVisible();
      await expect(page.getByRole('link', { name: '03 621 7100' })).toBeVisible();
    });
  });

  test('works offline after the first visit', async ({ page, context }) => {
    await page.goto(`${NGINX}/`);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto(`${NGINX}/?lang=en`);
    await expect(page.locator('body')).toHaveAttribute('data-quick-exit-keys', 'on');
    await page.locator('button[name="situation"][value="money"]').click();
    await expect(page.locator('h1')).toHaveText('Kela');
    await context.setOffline(false);
  });
});

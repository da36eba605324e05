import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { embedPath, LANGUAGES, languagePath } from '../../src/i18n/languages';
import {
  expectNoAxeViolations,
  pressAnswer,
  QUICK_EXIT_URL,
  stubQuickExitSite,
  waitForServiceWorker,
  watch,
} from './helpers';
import { HOST_ORIGIN, NGINX_ORIGIN as NGINX } from './ports';

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
    expect(csp).toContain("frame-ancestors 'self'");
    expect(headers['strict-transport-security']).toBe('max-age=31536000');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cache-control']).toBe('no-cache');
    expect(headers['x-frame-options']).toBeUndefined();

    const page = await (await request.get(`${NGINX}/sv/`)).text();
    expect(page).toContain('<html lang="sv">');
    // Selkosuomi is Finnish to the browser, with its own prerendered start page.
    const selko = await (await request.get(`${NGINX}/selko/`)).text();
    expect(selko).toContain('<html lang="fi">');
    expect(selko).toContain('data-prerendered="selko"');
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
    // Each language's manifest with its type: the service worker stores nothing of another type.
    for (const file of [
      '/manifest.webmanifest',
      '/sv/manifest.webmanifest',
      '/en/manifest.webmanifest',
      '/selko/manifest.webmanifest',
    ]) {
      expect((await request.get(`${NGINX}${file}`)).headers()['content-type'], file).toBe(
        'application/manifest+json',
      );
    }
  });

  test('sends the pages and the code well compressed, not at gzip level 1', async () => {
    /** The bytes nginx sends for a path, as they come over the wire. */
    const sent = (path: string) =>
      new Promise<number>((resolve, reject) => {
        get(`${NGINX}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
          let bytes = 0;
          response.on('data', (chunk: Buffer) => (bytes += chunk.length));
          response.on('end', () => {
            resolve(bytes);
          });
        }).on('error', reject);
      });
    const largest = readdirSync('dist/assets')
      .filter((file) => file.endsWith('.js'))
      .map((file) => ({ file, body: readFileSync(`dist/assets/${file}`) }))
      .sort((a, b) => b.body.length - a.body.length)[0];
    expect(largest).toBeDefined();
    for (const [path, body] of [
      [`/assets/${largest?.file ?? ''}`, largest?.body ?? Buffer.alloc(0)],
      ['/', readFileSync('dist/index.html')],
    ] as const) {
      // Level 1 (nginx's default) sends some 15 % more than level 6.
      expect(await sent(path), path).toBeLessThanOrEqual(
        gzipSync(body, { level: 6 }).length * 1.02,
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
    await pressAnswer(page, 'situation', 'domestic-violence');
    await pressAnswer(page, 'urgency', 'cannot-wait');
    await pressAnswer(page, 'affected', 'elderly');
    await pressAnswer(page, 'municipality', 'loppi');
    await expect(page.locator('h1')).toHaveText('Social services of Loppi');
    await expectNoAxeViolations(page);
    expect(await violations()).toEqual([]);

    await page.goto(`${NGINX}/?page=staff&at=2023-04-11T10:00&municipality=forssa&lang=en`);
    await page.locator('button[data-cell="crisis/-/can-wait"]').click();
    await expect(page.getByRole('region', { name: 'Why', exact: true })).toContainText(
      'Rule 7 of 11',
    );
    expect(await violations()).toEqual([]);

    await page.goto(`${NGINX}/?page=embed&lang=en`);
    await expect(page.frameLocator('iframe.embed-preview').locator('h1')).toHaveText(
      'Mistä asiassa on kyse?',
    );
    expect(await violations()).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.foreignRequests).toEqual([]);
  });

  test('fails closed: what is not there is a 404 that is never a page, and not kept', async ({
    request,
  }) => {
    for (const path of ['/nope.js', '/assets/missing.js', '/assets/missing.css', '/assets/']) {
      const response = await request.get(`${NGINX}${path}`);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['content-type'], path).toMatch(/^text\/plain/);
      expect(response.headers()['cache-control'], path).toBe('no-store');
    }
    for (const path of ['/nope', '/.git/config', '/.env', '/sv/nope', '/index.htm']) {
      const response = await request.get(`${NGINX}${path}`);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['cache-control'], path).toBe('no-store');
      expect(await response.text(), path).not.toContain('id="root"');
    }
    // The 404 page for people still gives 112.
    expect(await (await request.get(`${NGINX}/nope`)).text()).toContain('href="tel:112"');
    // Redirects keep the scheme and host that the browser used: a relative Location.
    const redirect = await request.get(`${NGINX}/sv`, { maxRedirects: 0 });
    expect(redirect.status()).toBe(301);
    expect(redirect.headers()['location']).toBe('/sv/');
    const selkoRedirect = await request.get(`${NGINX}/selko`, { maxRedirects: 0 });
    expect(selkoRedirect.headers()['location']).toBe('/selko/');
    for (const path of ['/', '/sv/', '/en/', '/selko/', '/index.html', '/embed.html?lang=selko']) {
      expect((await request.get(`${NGINX}${path}`)).status(), path).toBe(200);
    }
  });

  test('allows the inline code of every prerendered page by its hash, and nothing else inline', async ({
    request,
  }) => {
    const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
    const directive = (csp: string, name: string) =>
      new RegExp(`(?:^|;)\\s*${name} ([^;]*)`).exec(csp)?.[1]?.split(' ') ?? [];
    for (const path of LANGUAGES.flatMap((l) => [languagePath(l), embedPath(l)])) {
      const response = await request.get(`${NGINX}${path}`);
      const csp = response.headers()['content-security-policy'] ?? '';
      const html = await response.text();
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).not.toContain('unsafe-hashes');
      // Executable inline scripts: no src, and not a JSON data block (which never runs).
      const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attributes]) => !/\ssrc=|type="application\/json"/.test(attributes ?? ''),
      );
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
      expect(scripts.length, `${path}: the boot script`).toBe(1);
      expect(styles.length, `${path}: the inline style`).toBe(1);
      for (const [, , code] of scripts) {
        expect(directive(csp, 'script-src'), path).toContain(hash(code ?? ''));
      }
      for (const [, code] of styles) {
        expect(directive(csp, 'style-src'), path).toContain(hash(code ?? ''));
      }
      expect(html, path).not.toMatch(/\sstyle="|\son[a-z]+="/);
    }
  });

  test('only the embed may be framed by another origin', async ({ page, request }) => {
    for (const path of ['/embed.html?lang=sv', ...LANGUAGES.map(embedPath)]) {
      const embedCsp = (await request.get(`${NGINX}${path}`)).headers();
      expect(embedCsp['content-security-policy'], path).toContain('frame-ancestors *');
    }
    await page.goto(`${HOST_ORIGIN}/one.html`);
    // Frame each page from the partner's origin and wait until each frame has loaded something.
    await page.evaluate(
      async (origin) =>
        Promise.all(
          ['/', '/?page=staff', '/embed.html?lang=sv'].map(
            (path) =>
              new Promise((resolve) => {
                const frame = document.createElement('iframe');
                frame.src = `${origin}${path}`;
                frame.addEventListener('load', resolve);
                document.body.append(frame);
              }),
          ),
        ),
      NGINX,
    );
    // A blocked frame shows the browser's error page instead of the app's URL.
    const frames = page.frames().map((f) => f.url());
    expect(frames.some((url) => url.startsWith(`${NGINX}/embed.html`))).toBe(true);
    expect(
      frames.filter((url) => url === `${NGINX}/` || url.startsWith(`${NGINX}/?page=`)),
    ).toEqual([]);
  });

  test('after a visit to /, the embed page is still the embed, with its preset, and resizes', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2023-04-11T10:00:00+03:00'));
    await page.goto(`${NGINX}/`);
    await waitForServiceWorker(page);
    const response = await page.goto(`${NGINX}/embed.html?lang=sv&municipality=forssa`);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('.app--embed')).toHaveCount(1);
    await expect(page.locator('.site-header__brand')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await pressAnswer(page, 'situation', 'elderly-at-home');
    await pressAnswer(page, 'urgency', 'cannot-wait');
    // The municipality was preset: straight to the outcome.
    await expect(page.locator('h1')).toHaveText('Socialservicen i Forssa');

    // The guide's preview frames the embed from the same origin: it reports its height.
    await page.goto(`${NGINX}/?page=embed&lang=en`);
    const preview = page.locator('iframe.embed-preview');
    await expect(page.frameLocator('iframe.embed-preview').locator('.app--embed')).toHaveCount(1);
    await expect
      .poll(() => preview.evaluate((el) => (el as HTMLIFrameElement).style.height))
      .not.toBe('640px');
  });

  test.describe('with JavaScript disabled', () => {
    test.use({ javaScriptEnabled: false });

    test('the prerendered start page shows 112 and 03 621 7100', async ({ page }) => {
      await page.goto(`${NGINX}/`);
      await expect(page.locator('h1')).toHaveText('Mistä asiassa on kyse?');
      await expect(page.getByRole('link', { name: 'Soita 112' })).toBeVisible();
      await expect(page.getByRole('link', { name: '03 621 7100' })).toBeVisible();
    });

    test('the quick exit still leaves for the neutral site', async ({ page }) => {
      await stubQuickExitSite(page);
      await page.goto(`${NGINX}/`);
      await page.getByRole('link', { name: 'Poistu sivulta' }).click();
      await expect(page).toHaveURL(QUICK_EXIT_URL);
    });
  });

  test('works offline after the first visit', async ({ page, context }) => {
    await page.goto(`${NGINX}/`);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto(`${NGINX}/?lang=en`);
    await expect(page.locator('body')).toHaveAttribute('data-quick-exit-keys', 'on');
    await pressAnswer(page, 'situation', 'money');
    await expect(page.locator('h1')).toHaveText('Kela');
    await context.setOffline(false);
  });
});

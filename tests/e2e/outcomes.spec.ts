import { expect, test } from '@playwright/test';
import { fragmentOf, OUTCOME_CASES } from '../shared/outcomeCases';
import { expectNoAxeViolations, fixClock, open } from './helpers';

/**
 * axe on the outcome of every rule of RULES.md v2 §3, in fi, sv and en, on a 360 px phone
 * (the accessibility statement claims this, so it must be checked). Each outcome is opened by
 * the share link's fragment, as a person who follows a copied link would see it.
 */
test.describe('every outcome of every rule passes axe', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  for (const lang of ['fi', 'sv', 'en'] as const) {
    test(`${lang}: all ${String(OUTCOME_CASES.length)} outcomes`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const c of OUTCOME_CASES) {
        await fixClock(page, c.at);
        // A new document each time: only the fragment differs, which would not reload the page.
        await page.goto('about:blank');
        await open(page, `/${lang === 'fi' ? '' : `?lang=${lang}`}${fragmentOf(c)}`);
        await expect(page.locator(`article.outcome--${c.contact}`)).toBeVisible();
        await expectNoAxeViolations(page);
      }
    });
  }
});

const START_PAGES = [
  ['/', 'fi', 'Kenelle soitan, kun sinä', '/manifest.webmanifest'],
  ['/sv/', 'sv', 'Vem ska jag ringa när du', '/sv/manifest.webmanifest'],
  ['/en/', 'en', 'Whom do I call when you', '/en/manifest.webmanifest'],
  // Selkosuomi is Finnish to the browser: its manifest says lang "fi".
  ['/selko/', 'fi', 'Kenelle soitan, kun tarvitsen', '/selko/manifest.webmanifest'],
] as const;

test.describe('the start pages without JavaScript, in their own language', () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, lang, description] of START_PAGES) {
    test(`${path}: meta description in ${lang}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute(
        'content',
        new RegExp(`^${description}`),
      );
      // The no-JavaScript note says the line is in operation, not that it answers (RULES.md §3).
      await expect(page.locator('.noscript')).not.toContainText(/answers around the clock/);
    });
  }
});

// A page asked for in another language than it was prerendered in (an old link with ?lang=)
// describes itself in the language it shows, for a share preview or a bookmark.
for (const [path, description] of [
  ['/?lang=en', 'Whom do I call when you'],
  ['/embed.html?lang=sv', 'Vem ska jag ringa när du'],
] as const) {
  test(`${path}: the meta description follows the language asked for`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('body[data-quick-exit-keys="on"]')).toBeAttached();
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      new RegExp(`^${description}`),
    );
  });
}

// The manifest is linked by the app once it runs (issue 13: nothing but the HTML before the
// first paint); installing needs the service worker, that is JavaScript, anyway.
for (const [path, lang, , manifest] of START_PAGES) {
  test(`${path}: the web app manifest in ${lang}`, async ({ page, request }) => {
    await page.goto(path);
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', manifest);
    const body = (await (await request.get(manifest)).json()) as { lang: string };
    expect(body.lang).toBe(lang);
  });
}

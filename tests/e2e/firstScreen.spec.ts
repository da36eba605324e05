/**
 * The first screen starts with the answers (issue 12): on a phone the question and several
 * options are in view without scrolling, with 112 and the quick exit; the header never overlaps.
 */
import { expect, test, type Page } from '@playwright/test';

const PAGES = { fi: '/', sv: '/sv/', en: '/en/', selko: '/selko/' } as const;

/** How many answer options are wholly inside the viewport. */
const optionsInView = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('button[name="situation"]')].filter((b) => {
        const r = b.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      }).length,
  );

const inView = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;
    });

test.describe('on a phone', () => {
  test.use({ hasTouch: true, isMobile: true });

  for (const [viewport, minimum] of [
    [{ width: 360, height: 640 }, 4],
    [{ width: 320, height: 568 }, 2],
    [{ width: 640, height: 360 }, 2],
  ] as const) {
    for (const [language, path] of Object.entries(PAGES)) {
      test(`${String(viewport.width)}×${String(viewport.height)} ${language}: at least ${String(minimum)} options, 112 and the quick exit in view`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport);
        await page.goto(path);
        await expect(page.locator('body')).toHaveAttribute('data-quick-exit-keys', 'on');
        expect(await optionsInView(page)).toBeGreaterThanOrEqual(minimum);
        expect(await inView(page, 'h1')).toBe(true);
        expect(await inView(page, '.emergency a[href="tel:112"]')).toBe(true);
        expect(await inView(page, '.quick-exit__button')).toBe(true);
        // Shift is a keyboard's: no hint on a touch screen.
        await expect(page.locator('.quick-exit__hint')).toBeHidden();
      });
    }
  }
});

test.describe('the header never overlaps', () => {
  for (const width of [320, 360, 480, 768, 1024, 1280]) {
    for (const zoom of ['100%', '200%']) {
      test(`${String(width)} px, text at ${zoom}, in every language`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        for (const path of Object.values(PAGES)) {
          await page.goto(path);
          if (zoom !== '100%') await page.addStyleTag({ content: `html { font-size: ${zoom}; }` });
          const boxes = await page.evaluate(() =>
            [
              '.site-header__name',
              '.site-header__service',
              '.languages',
              '.quick-exit__button',
              '.quick-exit__hint',
            ].map((selector) => {
              const r = document.querySelector(selector)?.getBoundingClientRect();
              return { selector, r: r && { l: r.left, t: r.top, r: r.right, b: r.bottom } };
            }),
          );
          for (const [i, a] of boxes.entries()) {
            if (!a.r) throw new Error(`${a.selector} is missing`);
            expect(a.r.l, `${a.selector} starts inside the page`).toBeGreaterThanOrEqual(0);
            expect(a.r.r, `${a.selector} ends inside the page`).toBeLessThanOrEqual(width);
            for (const b of boxes.slice(i + 1)) {
              if (!b.r || a.r.r - a.r.l === 0 || b.r.r - b.r.l === 0) continue;
              const overlap =
                Math.min(a.r.r, b.r.r) - Math.max(a.r.l, b.r.l) > 0.5 &&
                Math.min(a.r.b, b.r.b) - Math.max(a.r.t, b.r.t) > 0.5;
              expect(overlap, `${path}: ${a.selector} overlaps ${b.selector}`).toBe(false);
            }
          }
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
        }
      });
    }
  }
});

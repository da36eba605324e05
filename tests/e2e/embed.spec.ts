import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { flowReady, pressAnswer, stubQuickExitSite, watch } from './helpers';
import { APP_ORIGIN, HOST_ORIGIN } from './ports';

const HOST = HOST_ORIGIN;

async function frameOf(iframe: Locator): Promise<Frame> {
  const handle = await iframe.elementHandle();
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('h1');
  return frame;
}

const heightOf = async (iframe: Locator) =>
  Number((await iframe.evaluate((el) => (el as HTMLIFrameElement).style.height)).replace('px', ''));

/** The frame shows all of its content: nothing to scroll inside it. */
async function expectNoInnerScroll(frame: Frame) {
  const overflow = await frame.evaluate(
    () => document.documentElement.scrollHeight - window.innerHeight,
  );
  expect(overflow).toBeLessThanOrEqual(1);
}

for (const viewport of [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
]) {
  test(`one script tag on another origin, ${String(viewport.width)} px wide`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.clock.setFixedTime(new Date('2023-04-11T10:00:00+03:00'));
    const seen = watch(page);
    await page.goto(`${HOST}/one.html`);
    const iframe = page.locator('iframe');
    await expect(iframe).toHaveCount(1);
    // Right after the script element, before the host's next paragraph.
    expect(
      await page.evaluate(
        () => document.querySelector('script[src$="embed.js"]')?.nextElementSibling?.tagName,
      ),
    ).toBe('IFRAME');
    await expect(iframe).toHaveAttribute(
      'title',
      'Vem ska jag ringa? – Egentliga Tavastlands social- och krisjour',
    );
    await expect(iframe).toHaveAttribute('loading', 'lazy');
    await expect(iframe).toHaveAttribute('sandbox', /allow-top-navigation-by-user-activation/);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');

    const frame = await frameOf(iframe);
    await expect(frame.locator('html')).toHaveAttribute('lang', 'sv');
    await expect.poll(() => heightOf(iframe)).not.toBe(640);
    const start = await heightOf(iframe);
    await expectNoInnerScroll(frame);

    await pressAnswer(frame, 'situation', 'elderly-at-home');
    await expect(frame.locator('h1')).toHaveText('Hur brådskande är det?');
    // After the first answer the height is held: the host cannot tell the question or outcome.
    expect(await heightOf(iframe)).toBe(start);
    await pressAnswer(frame, 'urgency', 'cannot-wait');
    // The municipality was preset by the partner: straight to the outcome.
    await expect(frame.locator('h1')).toHaveText('Socialservicen i Forssa');
    expect(await heightOf(iframe)).toBe(start);
    await expect(frame.locator('a[href="tel:112"]').first()).toHaveAttribute('target', '_top');

    expect(seen.consoleErrors).toEqual([]);
    expect(seen.foreignRequests).toEqual([]);
  });
}

test('messages from another origin, of another shape or for another frame change nothing', async ({
  page,
}) => {
  await page.goto(`${HOST}/one.html`);
  const iframe = page.locator('iframe');
  const frame = await frameOf(iframe);
  await expect.poll(() => heightOf(iframe)).not.toBe(640);
  const height = await heightOf(iframe);
  const id = await iframe.getAttribute('data-kenelle-soitan');

  // From the host's own origin, perfectly shaped.
  await page.evaluate((frameId) => {
    window.postMessage({ type: 'kenelle-soitan:height', id: frameId, height: 50 }, '*');
  }, id);
  // From the app's origin: wrong shapes, another id.
  await frame.evaluate((frameId) => {
    parent.postMessage({ type: 'kenelle-soitan:height', id: frameId, height: '50' }, '*');
    parent.postMessage({ type: 'kenelle-soitan:height', id: frameId, height: 1e9 }, '*');
    parent.postMessage({ type: 'kenelle-soitan:height', id: frameId, height: 50, extra: 1 }, '*');
    parent.postMessage({ type: 'kenelle-soitan:height', id: 'someone-else', height: 50 }, '*');
    parent.postMessage('kenelle-soitan:height 50', '*');
  }, id);
  await page.waitForTimeout(300);
  expect(await heightOf(iframe)).toBe(height);

  // The same message from the app's frame with its id is taken: the check above could fail.
  await frame.evaluate((frameId) => {
    parent.postMessage({ type: 'kenelle-soitan:height', id: frameId, height: 77 }, '*');
  }, id);
  await expect.poll(() => heightOf(iframe)).toBe(77);
});

test('two embeds on one page size and answer independently', async ({ page }) => {
  await page.goto(`${HOST}/two.html`);
  const first = page.locator('#first iframe');
  const second = page.locator('#second iframe');
  const firstFrame = await frameOf(first);
  const secondFrame = await frameOf(second);
  await expect(firstFrame.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(secondFrame.locator('html')).toHaveAttribute('lang', 'en');
  await expect(secondFrame.locator('.languages')).toHaveCount(0);
  await expect(firstFrame.locator('.languages')).toHaveCount(1);
  await expect.poll(() => heightOf(first)).not.toBe(640);
  // Chromium does not render a cross-origin frame outside the viewport: the frame reports its
  // height once the reader scrolls to it.
  await second.scrollIntoViewIfNeeded();
  await expect.poll(() => heightOf(second)).not.toBe(640);
  const before = [await heightOf(first), await heightOf(second)];
  await pressAnswer(secondFrame, 'situation', 'money');
  await expect(secondFrame.locator('h1')).toHaveText('Kela');
  // The height is held after the first answer (it would tell the host the outcome).
  expect(await heightOf(second)).toBe(before[1]);
  expect(await heightOf(first)).toBe(before[0]);
  await expect(firstFrame.locator('h1')).toHaveText('Mistä asiassa on kyse?');
});

test('the quick exit inside the frame navigates the top window', async ({ page }) => {
  await stubQuickExitSite(page);
  await page.goto(`${HOST}/one.html`);
  const frame = await frameOf(page.locator('iframe'));
  await frame.getByRole('link', { name: 'Lämna sidan' }).click();
  await expect(page).toHaveURL('https://www.ilmatieteenlaitos.fi/');
});

test('bad settings are ignored with a warning naming them, and the flow works', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(`${HOST}/bad.html`);
  const frame = await frameOf(page.locator('iframe'));
  await expect(frame.locator('h1')).toHaveText('Mistä asiassa on kyse?');
  expect(warnings.join('\n')).toContain('ignored lang="de"; allowed: fi, sv, en');
  expect(warnings.join('\n')).toContain('ignored municipality="tampere"; allowed: forssa');
  await pressAnswer(frame, 'situation', 'crisis');
  await pressAnswer(frame, 'urgency', 'cannot-wait');
  await expect(frame.locator('h1')).toHaveText('Missä tilanne tapahtuu?');
});

test('axe finds no violations inside the frame, at each step', async ({ page }) => {
  await page.goto(`${HOST}/one.html`);
  const frame = await frameOf(page.locator('iframe'));
  const check = async (p: Page) => {
    const results = await new AxeBuilder({ page: p })
      .include('iframe')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  };
  await check(page);
  await pressAnswer(frame, 'situation', 'domestic-violence');
  await check(page);
  await pressAnswer(frame, 'urgency', 'cannot-wait');
  await pressAnswer(frame, 'affected', 'child-family');
  await expect(frame.locator('h1')).toContainText('Egentliga Tavastlands');
  await check(page);
});

test('the embedding guide generates the snippet and previews it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?page=embed&lang=en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
  await page.getByRole('combobox', { name: 'Municipality' }).selectOption('loppi');
  await page.getByLabel('Hide the language switcher').check();
  const expected = `<script src="${APP_ORIGIN}/embed.js" data-lang="sv" data-municipality="loppi" data-languages="hide" async></script>`;
  await expect(page.locator('[data-snippet="script"]')).toHaveText(expected);
  await page.getByRole('button', { name: 'Copy the code' }).click();
  await expect(page.getByText('The code is copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  const preview = page.frameLocator('iframe.embed-preview');
  await expect(preview.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.locator('[data-snippet="csp"]')).toHaveText(
    `Content-Security-Policy: script-src 'self' ${APP_ORIGIN}; frame-src ${APP_ORIGIN}`,
  );
  await expect(page.locator('[data-snippet="iframe"]')).toContainText('height="1200"');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('printing from the frame prints the outcome without the controls', async ({ page }) => {
  await page.goto(`${HOST}/one.html`);
  const frame = await frameOf(page.locator('iframe'));
  await pressAnswer(frame, 'situation', 'money');
  await expect(frame.locator('h1')).toHaveText('FPA');
  await page.emulateMedia({ media: 'print' });
  await expect(frame.locator('h1')).toBeVisible();
  await expect(frame.locator('.actions')).toBeHidden();
  await expect(frame.locator('.site-header')).toBeHidden();
  await expect(frame.locator('.emergency')).toBeHidden();
});

test('on a phone, each new step brings the frame top, with 112, into view', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${HOST}/one.html`);
  const iframe = page.locator('iframe');
  const frame = await frameOf(iframe);
  const frameTop = () => iframe.evaluate((el) => el.getBoundingClientRect().top);
  for (const [question, value] of [
    ['situation', 'domestic-violence'],
    ['urgency', 'cannot-wait'],
    ['affected', 'adult'],
  ] as const) {
    await flowReady(frame);
    // The person scrolls the host page down to the answer, far below the frame's top.
    await frame.locator(`button[name="${question}"][value="${value}"]`).scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      window.scrollBy(0, 400);
    });
    if (question === 'situation') expect(await frameTop()).toBeLessThan(0);
    await pressAnswer(frame, question, value);
    await expect.poll(frameTop).toBeGreaterThan(-1);
    expect(await frameTop()).toBeLessThan(740);
    const emergency = await frame.locator('.emergency a[href="tel:112"]').boundingBox();
    const top = await frameTop();
    expect(top + (emergency?.y ?? 9999)).toBeLessThan(740);
  }
});

test('switching the language keeps the embed’s settings and the staff view’s moment', async ({
  page,
}) => {
  const paramsOf = async (link: Locator) => {
    const href = await link.getAttribute('href');
    const url = new URL(href ?? '', APP_ORIGIN);
    return { path: url.pathname, params: Object.fromEntries(url.searchParams) };
  };

  // The query is read after hydration (the prerendered page had none): the links must have it.
  await page.goto(`/en/embed.html?municipality=forssa&id=k1&origin=${encodeURIComponent(HOST)}`);
  await flowReady(page);
  await expect
    .poll(() => paramsOf(page.getByRole('link', { name: 'Svenska' })))
    .toEqual({
      path: '/sv/embed.html',
      params: { municipality: 'forssa', id: 'k1', origin: HOST },
    });

  await page.goto('/?page=staff&lang=en&at=2023-04-11T10:00&municipality=loppi');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect
    .poll(() => paramsOf(page.getByRole('link', { name: 'Svenska' })))
    .toEqual({
      path: '/',
      params: { page: 'staff', lang: 'sv', at: '2023-04-11T10:00', municipality: 'loppi' },
    });
});

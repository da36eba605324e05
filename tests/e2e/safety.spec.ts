/**
 * The user's worst moments (issue 9): a panicked double tap, Back after the quick exit, a page
 * left open past closing time, a crash, a partner page that reads the frame's height, printing.
 */
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import {
  flowReady,
  holdScripts,
  open,
  pressAnswer,
  QUICK_EXIT_URL,
  stubQuickExitSite,
  watch,
} from './helpers';
import { SITUATION_IDS_BY_HAND } from '../shared/situationIds';
import { APP_ORIGIN, HOST_ORIGIN } from './ports';

const DUTY_FI = 'Kanta-Hämeen sosiaali- ja kriisipäivystys';

async function frameOf(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle()).contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('h1');
  return frame;
}

/** Nothing from before the exit is on view: no answer, outcome or earlier-answer mark. */
async function expectNothingFromBefore(target: Page | Frame, earlierAnswerMark: string) {
  await expect(target.locator('.flow')).toHaveCount(1);
  await expect(target.locator('.outcome')).toHaveCount(0);
  await expect(target.locator('.summary')).toHaveCount(0);
  await expect(target.locator('.option--previous')).toHaveCount(0);
  expect(await target.locator('main').innerText()).not.toContain(earlierAnswerMark);
}

test.describe('a double tap answers one question only', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  type Rect = { x: number; y: number; w: number; h: number };
  /** Where the buttons and links of the screen on view are. */
  const pressables = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('main button, main a')].map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left, y: r.top, w: r.width, h: r.height };
      }),
    );
  const overlap = (a: Rect, b: Rect): Rect | null => {
    const x = Math.max(a.x, b.x);
    const y = Math.max(a.y, b.y);
    const w = Math.min(a.x + a.w, b.x + b.w) - x;
    const h = Math.min(a.y + a.h, b.y + b.h) - y;
    return w > 8 && h > 8 ? { x, y, w, h } : null;
  };

  for (const gap of [100, 250, 450]) {
    test(`two taps ${String(gap)} ms apart on each question, Saturday 22:00`, async ({
      page,
      context,
    }) => {
      // Each step: the answer, or answers that all lead to the same next screen.
      const walk: [question: string, values: string[], next: string][] = [
        ['situation', ['child-protection'], 'Kuinka kiireellinen asia on?'],
        ['urgency', ['cannot-wait'], 'Missä tilanne tapahtuu?'],
        [
          'municipality',
          ['loppi', 'forssa', 'hattula', 'janakkala', 'riihimaki', 'ypaja'],
          DUTY_FI,
        ],
      ];
      await page.clock.setFixedTime(new Date('2026-11-28T22:00:00+02:00'));
      await open(page, '/');
      // A second phone walks ahead, to find where the next screen has something to press.
      const ahead = await context.newPage();
      await ahead.clock.setFixedTime(new Date('2026-11-28T22:00:00+02:00'));
      await open(ahead, '/');
      for (const [question, values, next] of walk) {
        await pressAnswer(ahead, question, values[0] ?? '');
        await expect(ahead.locator('h1')).toHaveText(next);
        await flowReady(ahead);
        const nextPressables = await pressables(ahead);
        // A page in the background has its input slowed down: the taps must be on the front one.
        await page.bringToFront();
        await flowReady(page);
        // A spot on an answer where the next screen has a button or link: the second tap lands.
        let spot: Rect | null = null;
        for (const value of values) {
          const box = await page
            .locator(`button[name="${question}"][value="${value}"]`)
            .boundingBox();
          if (!box) continue;
          const option = { x: box.x, y: box.y, w: box.width, h: box.height };
          spot = nextPressables.map((r) => overlap(option, r)).find((r) => r !== null) ?? null;
          if (spot) break;
        }
        if (!spot) throw new Error(`nothing to press under ${question} on the next screen`);
        const x = spot.x + spot.w / 2;
        const y = spot.y + spot.h / 2;
        await page.touchscreen.tap(x, y);
        await page.waitForTimeout(gap);
        await page.touchscreen.tap(x, y);
        await expect(page.locator('h1')).toHaveText(next);
        await flowReady(page);
        await expect(page.locator('h1')).toHaveText(next);
        expect(
          await page.evaluate(
            ([px, py]) =>
              document.elementFromPoint(px ?? 0, py ?? 0)?.closest('button, a') !== null,
            [x, y],
          ),
        ).toBe(true);
      }
      await expect(page.locator('.summary__row')).toHaveCount(3);
      await expect(page.locator('.call-button')).toHaveAttribute('href', 'tel:+35836217100');
    });
  }

  test('a held-down Enter answers one question only, and keys are not slowed', async ({ page }) => {
    await open(page, '/?lang=en');
    await page.locator('button[value="crisis"]').focus();
    await page.keyboard.down('Enter');
    await expect(page.locator('h1')).toHaveText('How urgent is it?');
    // Repeats of the held key: the heading has focus now, and nothing else is answered.
    for (let i = 0; i < 5; i++) await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    await expect(page.locator('h1')).toHaveText('How urgent is it?');
    // A key press right after the change is taken at once.
    await page.locator('button[value="cannot-wait"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText('Where is the situation happening?');
  });
});

test.describe('leaving is final', () => {
  const walk = async (target: Page | Frame) => {
    await pressAnswer(target, 'situation', 'domestic-violence');
    await pressAnswer(target, 'urgency', 'cannot-wait');
    await pressAnswer(target, 'affected', 'adult');
  };

  /** Back and Forward, six times each, from the neutral site: the app shows only a fresh start. */
  const expectNoAnswerBackOrForward = async (page: Page) => {
    let appViews = 0;
    const check = async () => {
      // goBack and goForward may return while a navigation to another document is still on its
      // way: wait until the address and the heading agree (the app shows only its first question).
      await expect(async () => {
        const url = page.url();
        if (url === 'about:blank') return;
        const heading = await page.locator('h1').innerText({ timeout: 1000 });
        expect(heading).toBe(url.startsWith(APP_ORIGIN) ? 'Mistä asiassa on kyse?' : 'Weather');
      }).toPass({ timeout: 5000 });
      if (!page.url().startsWith(APP_ORIGIN)) return;
      appViews += 1;
      await expectNothingFromBefore(page, 'Aiempi vastauksesi');
    };
    for (let i = 0; i < 6; i++) {
      await page.goBack().catch(() => null);
      await check();
    }
    for (let i = 0; i < 6; i++) {
      await page.goForward().catch(() => null);
      await check();
    }
    expect(appViews).toBeGreaterThan(0);
  };

  for (const how of ['button', 'Shift ×3'] as const) {
    test(`in the app, by ${how}: Back and Forward show no answer`, async ({ page }) => {
      await stubQuickExitSite(page);
      await open(page, '/');
      await walk(page);
      await pressAnswer(page, 'municipality', 'loppi');
      await expect(page.locator('.outcome')).toBeVisible();
      if (how === 'button') {
        await flowReady(page);
        await page.getByRole('link', { name: 'Poistu sivulta' }).click();
      } else {
        for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      }
      await expect(page).toHaveURL(QUICK_EXIT_URL);
      await expectNoAnswerBackOrForward(page);
      // A new walk works as before.
      if (!page.url().startsWith(APP_ORIGIN)) await open(page, '/');
      await pressAnswer(page, 'situation', 'money');
      await expect(page.locator('h1')).toHaveText('Kela');
    });
  }

  for (const how of ['button', 'Shift ×3'] as const) {
    test(`in a frame on another origin, by ${how}: Back shows no answer`, async ({ page }) => {
      await stubQuickExitSite(page);
      await page.goto(`${HOST_ORIGIN}/one.html`);
      const frame = await frameOf(page.locator('iframe'));
      await walk(frame);
      await expect(frame.locator('.outcome')).toBeVisible();
      if (how === 'button') {
        await flowReady(frame);
        await frame.getByRole('link', { name: 'Lämna sidan' }).click();
      } else {
        await frame.locator('h1').focus();
        for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      }
      await expect(page).toHaveURL(QUICK_EXIT_URL);
      let hostViews = 0;
      for (let i = 0; i < 6; i++) {
        await page.goBack().catch(() => null);
        if (page.url().startsWith(HOST_ORIGIN)) {
          hostViews += 1;
          const again = await frameOf(page.locator('iframe'));
          await expect(again.locator('h1')).toHaveText('Vad gäller saken?');
          await expectNothingFromBefore(again, 'Ditt tidigare svar');
        }
      }
      expect(hostViews).toBeGreaterThan(0);
    });
  }

  test.describe('before the app runs (the prerendered page)', () => {
    // What a service worker serves cannot be held back.
    test.use({ serviceWorkers: 'block' });

    test('after a reload mid-flow, the quick exit leaves and Back shows no answer', async ({
      page,
    }) => {
      await stubQuickExitSite(page);
      await open(page, '/');
      await walk(page);
      await pressAnswer(page, 'municipality', 'loppi');
      await expect(page.locator('.outcome')).toBeVisible();
      const release = await holdScripts(page);
      await page.reload({ waitUntil: 'domcontentloaded' });
      // The first screen as prerendered: once running, the app would show the outcome again.
      await expect(page.locator('.flow')).toHaveAttribute('data-ready', 'false');
      await page.getByRole('link', { name: 'Poistu sivulta' }).click();
      await expect(page).toHaveURL(QUICK_EXIT_URL);
      release();
      await expectNoAnswerBackOrForward(page);
    });

    test('in a frame on another origin, the quick exit leaves the host page', async ({ page }) => {
      await stubQuickExitSite(page);
      const release = await holdScripts(page);
      await page.goto(`${HOST_ORIGIN}/one.html`);
      const frame = await frameOf(page.locator('iframe'));
      await expect(frame.locator('.flow')).toHaveAttribute('data-ready', 'false');
      await frame.getByRole('link', { name: 'Lämna sidan' }).click();
      await expect(page).toHaveURL(QUICK_EXIT_URL);
      release();
    });
  });

  test('Start again and a new visit work as before the exit', async ({ page }) => {
    await open(page, '/?lang=en');
    await pressAnswer(page, 'situation', 'money');
    await flowReady(page);
    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(page.locator('h1')).toHaveText('What is the matter about?');
    await page.goBack();
    await expect(page.locator('h1')).toHaveText('Kela');
  });
});

test.describe('the quick exit in a partner frame', () => {
  test('Shift ×3 leaves the host page long after the last tap', async ({ page }) => {
    await stubQuickExitSite(page);
    await page.goto(`${HOST_ORIGIN}/one.html`);
    const frame = await frameOf(page.locator('iframe'));
    // Focus without a tap: no user activation is left when Shift is pressed.
    await frame.locator('h1').evaluate((h1) => {
      (h1 as HTMLElement).focus();
    });
    await page.waitForTimeout(6000);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL(QUICK_EXIT_URL);
  });

  test('a forged request to leave, from another origin or frame, does nothing', async ({
    page,
  }) => {
    await stubQuickExitSite(page);
    await page.goto(`${HOST_ORIGIN}/two.html`);
    const first = page.locator('#first iframe');
    const firstFrame = await frameOf(first);
    const secondFrame = await frameOf(page.locator('#second iframe'));
    const id = await first.getAttribute('data-kenelle-soitan');
    // The host page itself (another origin than the app), with the right id and shape.
    await page.evaluate((frameId) => {
      window.postMessage({ type: 'kenelle-soitan:leave', id: frameId }, '*');
    }, id);
    // The app's origin, but another frame; and the right frame with a wrong shape or id.
    await secondFrame.evaluate((frameId) => {
      parent.postMessage({ type: 'kenelle-soitan:leave', id: frameId }, '*');
    }, id);
    await firstFrame.evaluate((frameId) => {
      parent.postMessage({ type: 'kenelle-soitan:leave', id: frameId, extra: 1 }, '*');
      parent.postMessage({ type: 'kenelle-soitan:leave', id: 'someone-else' }, '*');
      parent.postMessage('kenelle-soitan:leave', '*');
    }, id);
    await page.waitForTimeout(500);
    expect(page.url()).toBe(`${HOST_ORIGIN}/two.html`);
    // The real request from the right frame is taken: the checks above could fail.
    await firstFrame.evaluate((frameId) => {
      parent.postMessage({ type: 'kenelle-soitan:leave', id: frameId }, '*');
    }, id);
    await expect(page).toHaveURL(QUICK_EXIT_URL);
  });
});

test.describe('availability is never stale', () => {
  test('an outcome left open past 16:00 shows closed, also after Back and Forward', async ({
    page,
  }) => {
    await page.clock.install({ time: new Date('2023-04-11T15:55:00+03:00') });
    await open(page, '/?lang=en');
    await pressAnswer(page, 'situation', 'elderly-at-home');
    await pressAnswer(page, 'urgency', 'can-wait');
    await pressAnswer(page, 'municipality', 'forssa');
    await expect(page.locator('h1')).toHaveText('Social services of Forssa');
    const availability = page.locator('.availability');
    await expect(availability).toContainText('It is now within usual office hours');
    await expect(page.locator('.guidance-for')).toContainText('15:55');

    await page.clock.fastForward('06:00');
    await expect(availability).toContainText('It is now outside usual office hours');
    await expect(availability).toContainText('Usual office hours next begin on Wed 12 Apr, 8:00.');
    await expect(page.locator('.guidance-for')).toContainText('16:0');
    await expect(page.locator('.notice')).toContainText('updated');

    await page.goBack();
    await expect(page.locator('h1')).toHaveText('Where is the situation happening?');
    await page.goForward();
    await expect(availability).toContainText('It is now outside usual office hours');
  });

  test('a page that becomes visible again is asked about the present', async ({ page }) => {
    await page.clock.install({ time: new Date('2023-04-11T15:30:00+03:00') });
    await open(page, '/?lang=en');
    await pressAnswer(page, 'situation', 'elderly-at-home');
    await pressAnswer(page, 'urgency', 'can-wait');
    await pressAnswer(page, 'municipality', 'forssa');
    await expect(page.locator('.availability')).toContainText('within usual office hours');
    // The phone slept: timers did not run, the clock moved on.
    await page.clock.setSystemTime(new Date('2023-04-11T18:00:00+03:00'));
    await page.evaluate(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect(page.locator('.availability')).toContainText('outside usual office hours');
  });
});

test.describe('no white screen, ever', () => {
  for (const at of ['9999-12-31T16:00', '2100-01-01T00:00', '1970-01-01T10:00']) {
    test(`the staff view at ${at} says what is allowed`, async ({ page }) => {
      const seen = watch(page);
      await open(page, `/?page=staff&at=${at}`);
      await expect(page.getByText(at, { exact: false })).toBeVisible();
      await expect(page.getByText(/2099/).first()).toBeVisible();
      await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
      await expect(page.locator('.quick-exit__button')).toBeVisible();
      expect(seen.consoleErrors).toEqual([]);
    });
  }

  for (const at of [1e20, 0, -1, 4102444800000]) {
    test(`a tampered history.state with at ${String(at)} starts afresh and says so`, async ({
      page,
    }) => {
      const seen = watch(page);
      await open(page, '/?lang=en');
      await page.evaluate((tampered) => {
        const state = window.history.state as { kenelleSoitan: { session: string } };
        window.history.replaceState(
          {
            kenelleSoitan: {
              at: tampered,
              steps: [{ question: 'situation', value: 'money' }],
              remembered: {},
              depth: 0,
              session: state.kenelleSoitan.session,
            },
          },
          '',
        );
      }, at);
      await page.reload();
      await expect(page.locator('h1')).toHaveText('What is the matter about?');
      await expect(page.locator('.notice')).toContainText('could not be restored');
      await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
      expect(seen.consoleErrors).toEqual([]);
    });
  }

  test('a tampered share fragment keeps what it can and says so', async ({ page }) => {
    const seen = watch(page);
    await open(page, '/?lang=en#situation=crisis&urgency=%00%FF&at=1e20');
    await expect(page.locator('h1')).toHaveText('How urgent is it?');
    await expect(page.locator('.notice')).toBeVisible();
    await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
    expect(seen.consoleErrors).toEqual([]);
  });

  test('a page that throws shows 112, the direct line, the quick exit and Start again', async ({
    page,
  }) => {
    // Break one thing the outcome screen relies on, as a bug or a bad deploy would.
    await page.addInitScript(() => {
      const proto = Intl.DateTimeFormat.prototype;
      const format = Object.getOwnPropertyDescriptor(proto, 'formatToParts')?.value as (
        this: Intl.DateTimeFormat,
        date?: Date | number,
      ) => Intl.DateTimeFormatPart[];
      Object.defineProperty(proto, 'formatToParts', {
        value(this: Intl.DateTimeFormat, date?: Date | number) {
          if (document.body.hasAttribute('data-break')) throw new RangeError('Invalid time value');
          return format.call(this, date);
        },
      });
    });
    await open(page, '/?lang=en');
    await page.evaluate(() => {
      document.body.setAttribute('data-break', '');
    });
    await pressAnswer(page, 'situation', 'money');
    const fallback = page.locator('.safe-fallback');
    await expect(fallback).toBeVisible();
    await expect(fallback.locator('a[href="tel:112"]')).toBeVisible();
    await expect(fallback.locator('a[href="tel:+35836217100"]')).toBeVisible();
    await expect(page.locator('.quick-exit__button').first()).toBeVisible();
    await expect(fallback.getByRole('link', { name: 'Start again' })).toHaveAttribute(
      'href',
      '/en/',
    );
  });
});

test.describe('the frame height reveals no answer', () => {
  const situations = SITUATION_IDS_BY_HAND;
  for (const width of [360, 1280]) {
    test(`every outcome reports the same height at ${String(width)} px`, async ({ page }) => {
      test.setTimeout(120_000); // ten walks, each waiting out the double-tap lock
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${HOST_ORIGIN}/one.html`);
      const iframe = page.locator('iframe');
      const heights = new Set<string>();
      for (const situation of situations) {
        const frame = await frameOf(iframe);
        await pressAnswer(frame, 'situation', situation);
        for (const [question, value] of [
          ['urgency', 'cannot-wait'],
          ['affected', 'adult'],
        ] as const) {
          await flowReady(frame);
          if ((await frame.locator(`button[name="${question}"]`).count()) > 0) {
            heights.add(await iframe.evaluate((el) => (el as HTMLIFrameElement).style.height));
            await pressAnswer(frame, question, value);
          }
        }
        await expect(frame.locator('.outcome')).toBeVisible();
        heights.add(await iframe.evaluate((el) => (el as HTMLIFrameElement).style.height));
        await flowReady(frame);
        await frame.getByRole('button', { name: 'Börja om' }).click();
        await expect(frame.locator('h1')).toHaveText('Vad gäller saken?');
      }
      expect([...heights]).toHaveLength(1);
    });
  }
});

test.describe('printing', () => {
  test('warns first, and prints the answers only when chosen', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await open(page, '/?lang=en');
    await pressAnswer(page, 'situation', 'money');
    await flowReady(page);
    await page.getByRole('button', { name: 'Print' }).click();
    await expect(page.getByText('Your answers are printed only if you choose so.')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);

    await page.getByRole('button', { name: 'Print without the answers' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('h1')).toHaveText('Kela');
    await expect(page.locator('.summary')).toBeHidden();
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Print' }).click();
    await page.getByRole('button', { name: 'Print with the answers' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.summary')).toBeVisible();
  });
});

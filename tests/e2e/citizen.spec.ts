import { expect, test, type Page } from '@playwright/test';
import {
  expectNoAxeViolations,
  expectSafeScreen,
  fixClock,
  stubQuickExitSite,
  watch,
  open,
  flowReady,
  pressAnswer,
} from './helpers';
import { APP_ORIGIN } from './ports';

type Answer = [question: string, value: string];

/** Answers by pressing the real form control whose value is the RULES.md id. */
async function answer(page: Page, [question, value]: Answer) {
  await pressAnswer(page, question, value);
  await expect(page.locator('h1')).toBeFocused();
}

const journeys: {
  name: string;
  at: string;
  lang: 'fi' | 'sv' | 'en';
  answers: Answer[];
  heading: string;
  texts: string[];
  tel: string | null;
}[] = [
  {
    name: 'own municipality (RULES.md §4, Tue 11.4.2023 10:00)',
    at: '2023-04-11T10:00:00+03:00',
    lang: 'fi',
    answers: [
      ['situation', 'elderly-at-home'],
      ['urgency', 'cannot-wait'],
      ['municipality', 'forssa'],
    ],
    heading: 'Sosiaalipalvelut, Forssa',
    texts: ['Nyt on tavallista virka-aikaa.'],
    tel: null,
  },
  {
    name: 'the service after hours on Easter Monday (RULES.md §4)',
    at: '2023-04-10T10:00:00+03:00',
    lang: 'sv',
    answers: [
      ['situation', 'elderly-at-home'],
      ['urgency', 'cannot-wait'],
      ['municipality', 'forssa'],
    ],
    heading: 'Egentliga Tavastlands social- och krisjour',
    texts: ['Nu är det inte vanlig tjänstetid.'],
    tel: 'tel:+35836217100',
  },
  {
    name: 'the service once centralised (RULES.md §4, 24.4.2023)',
    at: '2023-04-24T10:00:00+03:00',
    lang: 'en',
    answers: [
      ['situation', 'elderly-at-home'],
      ['urgency', 'cannot-wait'],
      ['municipality', 'forssa'],
    ],
    heading: 'Kanta-Häme social and crisis emergency service',
    texts: ['Since 24 April 2023'],
    tel: 'tel:+35836217100',
  },
  {
    name: 'the district court before Christmas (RULES.md §4)',
    at: '2026-12-23T17:00:00+02:00',
    lang: 'en',
    answers: [['situation', 'custody-visitation']],
    heading: 'District court',
    texts: ['Usual office hours next begin on Mon 28 Dec, 8:00.'],
    tel: null,
  },
  {
    name: '112 when someone is in danger',
    at: '2026-11-28T14:47:00+02:00',
    lang: 'sv',
    answers: [
      ['situation', 'domestic-violence'],
      ['urgency', 'danger-now'],
    ],
    heading: 'Nödnumret 112',
    texts: ['080 005 005'],
    tel: 'tel:112',
  },
  {
    name: 'Kela for money',
    at: '2026-11-28T14:47:00+02:00',
    lang: 'fi',
    answers: [['situation', 'money']],
    heading: 'Kela',
    texts: ['Yhteystiedot ovat Kelan verkkosivuilla:', 'www.kela.fi'],
    tel: null,
  },
  {
    name: '112 of the place outside the region',
    at: '2026-11-28T14:47:00+02:00',
    lang: 'en',
    answers: [
      ['situation', 'child-protection'],
      ['urgency', 'cannot-wait'],
      ['municipality', 'outside'],
    ],
    heading: 'Emergency number 112',
    texts: ['covers only its eleven municipalities'],
    tel: 'tel:112',
  },
];

test.describe('every contact through the UI on a 360×640 phone', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  for (const journey of journeys) {
    test(journey.name, async ({ page }) => {
      const seen = watch(page);
      await fixClock(page, journey.at);
      await open(page, journey.lang === 'fi' ? '/' : `/?lang=${journey.lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', journey.lang);
      const ids = journey.answers.map(([, value]) => value);
      for (const step of journey.answers) {
        await expectSafeScreen(page, ids);
        const box = await page.locator('.emergency__call').boundingBox();
        expect(box && box.y + box.height).toBeLessThanOrEqual(640);
        await answer(page, step);
      }
      await expectSafeScreen(page, ids);
      await expect(page.locator('h1')).toHaveText(journey.heading);
      for (const text of journey.texts) await expect(page.locator('main')).toContainText(text);
      if (journey.tel)
        await expect(page.locator(`article a[href="${journey.tel}"]`).first()).toBeVisible();
      else await expect(page.locator('article .call-button')).toHaveCount(0);
      await expectNoAxeViolations(page);
      expect(seen.consoleErrors).toEqual([]);
      expect(seen.foreignRequests).toEqual([]);
    });
  }

  test('money in danger: the 112 link stays on the money outcome (RULES.md §4)', async ({
    page,
  }) => {
    await open(page, '/');
    await answer(page, ['situation', 'money']);
    await expect(page.locator('.emergency a[href="tel:112"]')).toBeInViewport();
  });
});

test.describe('moving around', () => {
  test('the browser Back and Forward buttons move between questions and the outcome', async ({
    page,
  }) => {
    await fixClock(page, '2023-04-11T10:00:00+03:00');
    await open(page, '/?lang=en');
    await answer(page, ['situation', 'crisis']);
    await answer(page, ['urgency', 'cannot-wait']);
    await answer(page, ['municipality', 'hattula']);
    await expect(page.locator('h1')).toHaveText('Kanta-Häme social and crisis emergency service');
    await page.goBack();
    await expect(page.locator('h1')).toHaveText('Where is the situation happening?');
    await expect(page.locator('button[value="hattula"]')).toContainText('Your earlier answer');
    await page.goBack();
    await expect(page.locator('h1')).toHaveText('How urgent is it?');
    await page.goForward();
    await page.goForward();
    await expect(page.locator('h1')).toHaveText('Kanta-Häme social and crisis emergency service');
    expect(page.url()).toBe(`${APP_ORIGIN}/?lang=en`);
  });

  test('a reload keeps the answers without putting them in the URL', async ({ page }) => {
    await open(page, '/?lang=en');
    await answer(page, ['situation', 'elderly-at-home']);
    await answer(page, ['urgency', 'can-wait']);
    await page.reload();
    await expect(page.locator('h1')).toHaveText('Where is the situation happening?');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.locator('h1')).toHaveText('How urgent is it?');
  });

  test('keyboard only: Tab, Enter and Back, with visible focus on each new heading', async ({
    page,
  }) => {
    await fixClock(page, '2023-04-11T10:00:00+03:00');
    await open(page, '/?lang=en');
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await tabTo('button[value="disability"]');
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toBeFocused();
    await expect(page.locator('h1')).toHaveText('How urgent is it?');
    await tabTo('button[value="cannot-wait"]');
    await page.keyboard.press('Enter');
    await tabTo('button[value="ypaja"]');
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText('Social services of Ypäjä');
    await expect(page.locator('h1')).toBeFocused();
    await tabTo('.back-link');
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText('Where is the situation happening?');
    await expect(page.locator('h1')).toBeFocused();
  });

  test('a shared link opens the same guidance and leaves no answers in the address', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '/?lang=en');
    await answer(page, ['situation', 'crisis']);
    await answer(page, ['urgency', 'cannot-wait']);
    await answer(page, ['municipality', 'loppi']);
    await flowReady(page);
    await page.getByRole('button', { name: 'Copy a link to this guidance' }).click();
    await expect(page.getByText('The link contains your answers.')).toBeVisible();
    await page.getByRole('button', { name: 'Copy the link' }).click();
    await expect(page.getByText('The link is copied.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('#situation=crisis');
    const other = await context.newPage();
    await open(other, link);
    await expect(other.locator('h1')).toHaveText('Kanta-Häme social and crisis emergency service');
    expect(other.url()).toBe(`${APP_ORIGIN}/?lang=en`);
  });

  test('a tampered shared link says so and keeps what it could use', async ({ page }) => {
    await open(page, '/?lang=en#situation=crisis&urgency=whenever');
    await expect(page.locator('h1')).toHaveText('How urgent is it?');
    await expect(page.getByText('The link was not complete')).toBeVisible();
  });

  test('prints the outcome without the page furniture', async ({ page }) => {
    await open(page, '/?lang=en');
    await answer(page, ['situation', 'money']);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.actions')).toBeHidden();
  });
});

test.describe('quick exit', () => {
  test('the button leaves for the neutral site', async ({ page }) => {
    await stubQuickExitSite(page);
    await open(page, '/');
    await answer(page, ['situation', 'domestic-violence']);
    await page.getByRole('link', { name: 'Poistu sivulta' }).click();
    await expect(page).toHaveURL('https://www.ilmatieteenlaitos.fi/');
  });

  test('Shift pressed three times leaves too, but not Shift as a modifier', async ({ page }) => {
    await stubQuickExitSite(page);
    await open(page, '/?lang=en');
    await expect(page.locator('body')).toHaveAttribute('data-quick-exit-keys', 'on');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(/localhost/);
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL('https://www.ilmatieteenlaitos.fi/');
  });
});

test.describe('accessibility on every screen in every language', () => {
  for (const lang of ['fi', 'sv', 'en', 'selko']) {
    test(`${lang}: questions, outcome and pages have no axe violations and reflow at 320 px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      const query = lang === 'fi' ? '' : `?lang=${lang}`;
      const check = async () => {
        await expectNoAxeViolations(page);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      };
      await open(page, `/${query}`);
      await check();
      await answer(page, ['situation', 'other-urgent']);
      await check();
      await answer(page, ['urgency', 'not-sure']);
      await check();
      await answer(page, ['affected', 'disabled']);
      await check();
      await answer(page, ['municipality', 'jokioinen']);
      await check();
      for (const pageName of ['safety', 'accessibility']) {
        await open(page, `/?page=${pageName}${lang === 'fi' ? '' : `&lang=${lang}`}`);
        await check();
      }
    });
  }

  test('reduced motion and 200 % zoom keep the page usable', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 640, height: 800 });
    await open(page, '/?lang=en');
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await answer(page, ['situation', 'crisis']);
    await expect(page.locator('h1')).toHaveText('How urgent is it?');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, lang, heading, noscript] of [
    ['/', 'fi', 'Mistä asiassa on kyse?', 'Kysymykset tarvitsevat JavaScriptin.'],
    ['/sv/', 'sv', 'Vad gäller saken?', 'Frågorna kräver JavaScript.'],
    ['/en/', 'en', 'What is the matter about?', 'The questions need JavaScript.'],
    [
      '/selko/',
      'fi',
      'Mistä asiassa on kyse?',
      'Kysymykset toimivat vain, kun JavaScript on päällä.',
    ],
  ] as const) {
    test(`${path} shows 112, the service's number and the first question`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(heading);
      await expect(page.locator('.emergency a[href="tel:112"]')).toBeVisible();
      await expect(page.locator('.direct-call a[href="tel:+35836217100"]')).toHaveText(
        '03 621 7100',
      );
      await expect(page.locator('.noscript')).toContainText(noscript);
      await expect(page.locator('.noscript')).toContainText('03 621 7100');
      // A tap on an answer cannot submit the form and put the answer in the URL.
      await page.locator('button[value="crisis"]').click();
      expect(new URL(page.url()).search).toBe('');
    });
  }
});

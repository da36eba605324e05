/**
 * The moments where a wrong rule hides: the seconds around 16:00 on a weekday and the opening of
 * the first office day after a holiday (RULES.md §2), walked in Chromium with a fixed clock; and
 * 112 as a tel: link on every page the app has (RULES.md §7, CONVENTIONS: on every screen).
 * Words come from tests/wording.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { EN } from '../wording';
import { fixClock, open, pressAnswer } from './helpers';

const DUTY_TEL = 'tel:+35836217100';

async function walk(page: Page, at: string, answers: [string, string][]) {
  await fixClock(page, at);
  await open(page, '/?lang=en');
  for (const [question, value] of answers) {
    await pressAnswer(page, question, value);
    await expect(page.locator('h1')).toBeFocused();
  }
  return page.getByRole('article');
}

const urgent: [string, string][] = [
  ['situation', 'elderly-at-home'],
  ['urgency', 'cannot-wait'],
  ['municipality', 'forssa'],
];
const canWait: [string, string][] = [
  ['situation', 'elderly-at-home'],
  ['urgency', 'can-wait'],
  ['municipality', 'forssa'],
];

/** The municipality, open now: no phone number of its own, and no next-opening time. */
async function expectMunicipalityOpen(page: Page) {
  const outcome = page.getByRole('article');
  await expect(outcome.getByRole('heading', { level: 1 })).toHaveText(
    EN.municipalityContact('Forssa'),
  );
  await expect(outcome.locator('.availability')).toContainText(EN.openNow);
  await expect(outcome.locator('.call-button')).toHaveCount(0);
  await expect(outcome.locator('.availability strong')).toHaveCount(0);
}

/** The social and crisis emergency service: its number and the around-the-clock line. */
async function expectDutyService(page: Page) {
  const outcome = page.getByRole('article');
  await expect(outcome.getByRole('heading', { level: 1 })).toHaveText(
    EN.contact('social-crisis-duty'),
  );
  await expect(outcome.locator('.call-button')).toHaveAttribute('href', DUTY_TEL);
  await expect(outcome.locator('.availability')).toHaveText(EN.openAlways);
}

/** The municipality, closed, with the time it opens next. */
async function expectMunicipalityClosed(page: Page, opens: string) {
  const outcome = page.getByRole('article');
  await expect(outcome.getByRole('heading', { level: 1 })).toHaveText(
    EN.municipalityContact('Forssa'),
  );
  await expect(outcome.locator('.availability')).toContainText(EN.closedNow);
  await expect(outcome.locator('.availability strong')).toHaveText(EN.opensNext(opens));
}

test.describe('16:00 on a weekday (Tue 11.4.2023, summer time)', () => {
  test('15:59:59: an urgent matter goes to the municipality, which is open', async ({ page }) => {
    await walk(page, '2023-04-11T15:59:59+03:00', urgent);
    await expectMunicipalityOpen(page);
  });

  test('15:59:59: a matter that can wait: the municipality, open now', async ({ page }) => {
    await walk(page, '2023-04-11T15:59:59+03:00', canWait);
    await expectMunicipalityOpen(page);
  });

  for (const time of ['16:00:00', '16:00:30']) {
    test(`${time}: an urgent matter goes to the duty service`, async ({ page }) => {
      await walk(page, `2023-04-11T${time}+03:00`, urgent);
      await expectDutyService(page);
    });

    test(`${time}: a matter that can wait: the municipality, closed until 8:00`, async ({
      page,
    }) => {
      await walk(page, `2023-04-11T${time}+03:00`, canWait);
      await expectMunicipalityClosed(page, 'Wed 12 Apr, 8:00');
    });
  }
});

test.describe('the first office day after a holiday (Tue 11.4.2023, after Easter Monday)', () => {
  test('07:59: an urgent matter goes to the duty service', async ({ page }) => {
    await walk(page, '2023-04-11T07:59:00+03:00', urgent);
    await expectDutyService(page);
  });

  test('07:59: a matter that can wait: the municipality, closed until 8:00 today', async ({
    page,
  }) => {
    await walk(page, '2023-04-11T07:59:00+03:00', canWait);
    await expectMunicipalityClosed(page, 'Tue 11 Apr, 8:00');
  });

  test('08:00: an urgent matter goes to the municipality, open', async ({ page }) => {
    await walk(page, '2023-04-11T08:00:00+03:00', urgent);
    await expectMunicipalityOpen(page);
  });

  test('08:00: a matter that can wait: the municipality, open', async ({ page }) => {
    await walk(page, '2023-04-11T08:00:00+03:00', canWait);
    await expectMunicipalityOpen(page);
  });

  test('Easter Monday 10:00 itself: closed, opens on Tuesday 8:00', async ({ page }) => {
    await walk(page, '2023-04-10T10:00:00+03:00', canWait);
    await expectMunicipalityClosed(page, 'Tue 11 Apr, 8:00');
  });
});

test.describe('112 on every page the app has', () => {
  const pages: [string, string][] = [
    ['the flow', '/'],
    ['the safety page', '/?page=safety'],
    ['the accessibility page', '/?page=accessibility'],
    ['the staff view', '/?page=staff&at=2023-04-11T10:00'],
    ['the embedding guide', '/?page=embed'],
    ['the embedded app', '/embed.html'],
  ];
  for (const [name, url] of pages) {
    for (const lang of ['fi', 'sv', 'en']) {
      test(`${name} (${lang})`, async ({ page }) => {
        const sep = url.includes('?') ? '&' : '?';
        await page.goto(lang === 'fi' ? url : `${url}${sep}lang=${lang}`);
        const link = page.locator('a[href="tel:112"]').first();
        await expect(link).toBeVisible();
        await expect(link).toBeInViewport();
        if (lang === 'en') await expect(link).toHaveText(EN.call112);
      });
    }
  }

  for (const answers of [urgent, canWait, [['situation', 'money']] as [string, string][]]) {
    test(`the outcome of ${answers.map((a) => a[1]).join(', ')}`, async ({ page }) => {
      await walk(page, '2023-04-11T12:00:00+03:00', answers);
      await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toBeFocused();
      await expect(page.locator('.emergency a[href="tel:112"]')).toBeVisible();
    });
  }
});

test.describe('availability words', () => {
  test('Kela: its hours are unknown, never "around the clock"', async ({ page }) => {
    const outcome = await walk(page, '2023-04-11T12:00:00+03:00', [['situation', 'money']]);
    await expect(outcome.locator('.availability')).toHaveText(EN.hoursUnknown);
    await expect(outcome.getByText(EN.openAlways)).toHaveCount(0);
    await expect(outcome.locator('.call-button')).toHaveCount(0);
  });

  test('112: the call and the always-open line', async ({ page }) => {
    const outcome = await walk(page, '2023-04-11T12:00:00+03:00', [
      ['situation', 'crisis'],
      ['urgency', 'danger-now'],
    ]);
    await expect(outcome.getByRole('heading', { level: 1 })).toHaveText(
      EN.contact('emergency-112'),
    );
    await expect(outcome.locator('.call-button')).toHaveAttribute('href', 'tel:112');
    await expect(outcome.locator('.availability')).toHaveText(EN.openAlways);
  });
});

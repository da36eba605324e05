/**
 * Selkosuomi, the fourth language (issue 16): a person switches to it on a citizen screen, in the
 * app and in a partner's frame, and walks to every outcome in it with no axe violations.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import selko from '../../locales/selko/common.json' with { type: 'json' };
import { OUTCOME_CASES } from '../shared/outcomeCases';
import { expectNoAxeViolations, fixClock, flowReady, open, pressAnswer } from './helpers';
import { HOST_ORIGIN, NGINX_ORIGIN } from './ports';

const fill112 = (text: string) => text.replace('{{emergencyNumber}}', '112');

/** What only the Selkosuomi screens say: the switch has happened, not just the Finnish texts. */
async function expectSelko(target: Page | Frame) {
  await expect(target.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(target.locator('.quick-exit')).toContainText(selko.quickExit.hint);
}

test('switching to Selkosuomi on a question keeps the answers and links to Finnish staff pages', async ({
  page,
}) => {
  await open(page, '/?lang=en');
  await pressAnswer(page, 'situation', 'crisis');
  await expect(page.locator('h1')).toHaveText('How urgent is it?');
  await page.getByRole('link', { name: 'Selkosuomi' }).click();
  await expect(page.locator('h1')).toHaveText(selko.question.urgency.title);
  await expect(page.getByText(selko.question.urgency.hint)).toBeVisible();
  await expectSelko(page);
  expect(new URL(page.url()).pathname).toBe('/selko/');
  await expect(page.getByRole('link', { name: 'Selkosuomi' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  // Back still goes to the first question, now in Selkosuomi.
  await flowReady(page);
  await page.getByRole('button', { name: selko.nav.back }).click();
  await expect(page.locator('h1')).toHaveText(selko.question.situation.title);
  await expect(page.getByText(selko.situation.crisis.example)).toBeVisible();
  // The staff view and the embedding guide are in standard Finnish.
  await expect(page.getByRole('link', { name: selko.staff.link })).toHaveAttribute(
    'href',
    '/?page=staff',
  );
  await expect(page.getByRole('link', { name: selko.embedGuide.link })).toHaveAttribute(
    'href',
    '/?page=embed',
  );
});

test('the Shift hint and its countdown are in Selkosuomi', async ({ page }) => {
  await open(page, '/selko/');
  await expectSelko(page);
  await page.keyboard.press('Shift');
  await expect(page.locator('.quick-exit [role="status"]')).toHaveText(
    selko.quickExit.pressTwoMore,
  );
});

test('an embed with data-lang="selko" speaks Selkosuomi, and a frame can switch to it', async ({
  page,
}) => {
  await page.goto(`${HOST_ORIGIN}/selko.html`);
  const iframe = page.locator('iframe');
  await expect(iframe).toHaveAttribute('title', `${selko.appName} – ${selko.serviceName}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(frame.getByText(selko.situation['elderly-at-home'].example)).toBeVisible();

  // A Finnish frame whose switcher is shown: Selkosuomi is one of its languages.
  await page.goto(`${HOST_ORIGIN}/two.html`);
  const first = page.frameLocator('#first iframe');
  await first.getByRole('link', { name: 'Selkosuomi' }).click();
  await expect(first.getByText(selko.situation['elderly-at-home'].example)).toBeVisible();
  await expect(first.locator('.quick-exit')).toContainText(selko.quickExit.hint);
});

test('the embedding guide offers Selkosuomi for data-lang', async ({ page }) => {
  await page.goto('/?page=embed');
  await page.getByRole('combobox', { name: 'Kieli' }).selectOption('selko');
  await expect(page.locator('[data-snippet="script"]')).toContainText('data-lang="selko"');
  const preview = page.frameLocator('iframe.embed-preview');
  await expect(preview.getByText(selko.situation.crisis.example)).toBeVisible();
});

test.describe('every outcome, walked in Selkosuomi', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test(`all ${String(OUTCOME_CASES.length)} outcomes, each screen without axe violations`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    for (const [index, c] of OUTCOME_CASES.entries()) {
      await fixClock(page, c.at);
      await page.goto('about:blank');
      await open(page, '/selko/');
      for (const [question, value] of c.answers) {
        // Every question screen once, on the first walk; each outcome on every walk.
        if (index === 0) await expectNoAxeViolations(page);
        await pressAnswer(page, question, value);
      }
      await flowReady(page);
      const outcome = page.locator(`article.outcome--${c.contact}`);
      await expect(outcome).toBeVisible();
      const name = selko.contact[c.contact as keyof typeof selko.contact].name;
      if (c.contact !== 'own-municipality')
        await expect(page.locator('h1')).toHaveText(fill112(name));
      await expect(outcome).toContainText(selko.outcome.heading);
      await expectNoAxeViolations(page);
    }
  });

  test('the safety and accessibility pages and the 404 page', async ({ page }) => {
    for (const name of ['safety', 'accessibility']) {
      await open(page, `/?page=${name}&lang=selko`);
      await expectSelko(page);
      await expectNoAxeViolations(page);
    }
    await expect(page.locator('h1')).toHaveText(selko.accessibility.title);
    // A missing page (the deployed nginx's 404 page) leads to the Selkosuomi start page too.
    await page.goto(`${NGINX_ORIGIN}/ei-ole`);
    await expect(page.getByRole('link', { name: /selkosuomeksi/ })).toHaveAttribute(
      'href',
      '/selko/',
    );
    await expectNoAxeViolations(page);
  });
});

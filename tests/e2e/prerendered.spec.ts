/**
 * Every landing page is prerendered in its language and started after the first paint (issue 13):
 * the first screen is there before any script runs, and no page shows another language first.
 */
import { expect, test } from '@playwright/test';
import { embedPath, LANGUAGE_INFO, LANGUAGES, languagePath } from '../../src/i18n/languages';
import { holdScripts, watch } from './helpers';

const QUESTION = {
  fi: 'Mistä asiassa on kyse?',
  sv: 'Vad gäller saken?',
  en: 'What is the matter about?',
  selko: 'Mistä asiassa on kyse?',
};

for (const language of LANGUAGES) {
  for (const path of [languagePath(language), embedPath(language)]) {
    test(`${path}: its first screen in ${language} before any script, then hydrated`, async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      const release = await holdScripts(page);
      // Not until `load`: a script the boot script starts early enough holds that event back.
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      await expect(page.locator('html')).toHaveAttribute('lang', LANGUAGE_INFO[language].htmlLang);
      await expect(page.locator('#root')).toHaveAttribute('data-prerendered', language);
      await expect(page.locator('h1')).toHaveText(QUESTION[language]);
      await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
      // Not ready for a press until the app runs: tests and people wait for this, not for text.
      await expect(page.locator('.flow')).toHaveAttribute('data-ready', 'false');
      release();
      await expect(page.locator('.flow')).toHaveAttribute('data-ready', 'true');
      await expect(page.locator('body')).toHaveAttribute('data-quick-exit-keys', 'on');
      await expect(page.locator('h1')).toHaveText(QUESTION[language]);
      // Hydrated, not rendered again: a mismatch would be reported as an error.
      expect(errors).toEqual([]);
    });
  }
}

test('an old embed.html?lang=sv never shows the Finnish page first', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/embed.html?lang=sv&municipality=forssa', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('#root')).toBeHidden();
  release();
  await expect(page.locator('h1')).toHaveText(QUESTION.sv);
  await expect(page.locator('#root')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});

test('answers pressed before the app runs: the first is taken once it runs, the rest are not', async ({
  page,
}) => {
  const seen = watch(page);
  const release = await holdScripts(page);
  await page.goto('/en/', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('.flow')).toHaveAttribute('data-ready', 'false');
  const answer = (value: string) => page.locator(`button[name="situation"][value="${value}"]`);
  // A worried double tap, then another answer.
  await answer('crisis').click();
  await answer('crisis').click();
  await answer('money').click();
  // The press shows as taken while the app loads.
  await expect(answer('crisis')).toHaveAttribute('data-pressed-early', '');
  await expect(answer('money')).not.toHaveAttribute('data-pressed-early');
  release();
  await expect(page.locator('h1')).toHaveText('How urgent is it?');
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.locator('.flow')).toHaveAttribute('data-ready', 'true');
  expect(page.url()).toMatch(/\/en\/$/);
  // One answer, one step: Back shows the first question, and once more leaves the app.
  await page.goBack();
  await expect(page.locator('h1')).toHaveText('What is the matter about?');
  await expect(page.locator('button[data-pressed-early]')).toHaveCount(0);
  expect(seen.consoleErrors).toEqual([]);
  await page.goBack();
  expect(page.url()).toBe('about:blank');
});

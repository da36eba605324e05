import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, fixClock, open, watch } from './helpers';

test.describe('the staff routing checker', () => {
  test('answers issue 4: an older person in Forssa, Tue 11.4.2023 10.00, from the URL', async ({
    page,
  }) => {
    const seen = watch(page);
    await open(page, '/?page=staff&at=2023-04-11T10:00&municipality=forssa&lang=en');
    const cell = page.locator('button[data-cell="elderly-at-home/-/cannot-wait"]');
    await expect(cell).toContainText('Municipality');
    await expect(cell).toContainText('11. Municipality in office hours');
    await cell.click();
    const why = page.getByRole('region', { name: 'Why', exact: true });
    await expect(why).toContainText('Rule 11 of 11');
    await expect(why).toContainText('S5: Office hours before the centralisation');
    await expectNoAxeViolations(page);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.foreignRequests).toEqual([]);
  });

  test('the picker, a shortcut and the CSV download agree with the table', async ({ page }) => {
    await fixClock(page, '2026-11-28T14:47:00+02:00');
    await open(page, '/?page=staff&lang=fi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ohjauksen tarkistin');
    await page.getByLabel('Päivä ja kellonaika (Suomen aikaa)').fill('2023-04-24T10:00');
    await page.getByLabel('Kunta').selectOption('forssa');
    await page.getByRole('button', { name: 'Näytä' }).click();
    await expect(page).toHaveURL(/at=2023-04-24T10%3A00&municipality=forssa/);
    await expect(page.locator('button[data-cell="elderly-at-home/-/cannot-wait"]')).toContainText(
      '10. Keskitetty',
    );
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lataa taulukko (CSV)' }).click();
    const file = await (await download).path();
    const csv = readFileSync(file, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    // The ids as the routing-table command gives them, then the moment and the words in Finnish.
    expect(lines[0]).toBe(
      'situation;affected;urgency;municipality;contact;rule;availableNow;nextOpening;phone;' +
        'at;situationText;affectedText;urgencyText;municipalityText;contactText;ruleText',
    );
    expect(lines).toHaveLength(49);
    const elderly = lines.find((l) => l.startsWith('elderly-at-home;;cannot-wait;forssa;')) ?? '';
    expect(elderly.split(';').slice(0, 9).join(';')).toBe(
      'elderly-at-home;;cannot-wait;forssa;social-crisis-duty;centralised;true;;03 621 7100',
    );
    const words = elderly.split(';').slice(9);
    expect(words[0]).toBe('2023-04-24T10:00:00+03:00');
    expect(words[4]).toBe('Forssa');
    expect(words[5]).toBe('Kanta-Hämeen sosiaali- ja kriisipäivystys');
    expect(words.every((w, i) => i === 2 || w.length > 0)).toBe(true);
    await page.getByRole('button', { name: 'Tänä iltana klo 20.00' }).click();
    await expect(page).toHaveURL(/at=2026-11-28T20%3A00/);
    await expect(page.getByText('Virka-ajan ulkopuolella: viikonloppu.')).toBeVisible();
  });

  test('keyboard only: pick a cell and read its explanation', async ({ page }) => {
    await open(page, '/?page=staff&at=2023-04-10T10:00&municipality=hattula&lang=sv');
    const target = page.locator('button[data-cell="crisis/-/cannot-wait"]');
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Varför', exact: true })).toContainText(
      'Regel 7 av 11: Kris',
    );
  });

  test('an invalid moment in the URL says what is allowed', async ({ page }) => {
    await open(page, '/?page=staff&at=2022-12-31T10:00&lang=en');
    await expect(page.getByRole('alert')).toContainText(
      'from 1 January 2023, 0.00, to 31 December 2099, 23.59',
    );
    await expectNoAxeViolations(page);
  });

  test('the diagram is only loaded when the staff view is opened', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await open(page, '/');
    await expect(page.locator('h1')).toBeVisible();
    expect(scripts.some((s) => s.includes('StaffView'))).toBe(false);
    await open(page, '/?page=staff');
    await expect(page.locator('.diagram')).toBeVisible();
    expect(scripts.some((s) => s.includes('StaffView'))).toBe(true);
  });

  for (const lang of ['fi', 'sv', 'en']) {
    test(`${lang}: no axe violations with a cell chosen`, async ({ page }) => {
      await open(page, `/?page=staff&at=2023-04-24T20:00&municipality=jokioinen&lang=${lang}`);
      await page.locator('button[data-cell="money/-/can-wait"]').click();
      await page.locator('details.transitions summary').click();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('the staff view on a phone', () => {
  test('360 px: no sideways page scroll, and a chosen cell takes focus to its explanation', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/?page=staff&at=2023-04-11T10:00&municipality=forssa');
    await expect(page.locator('.matrix')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
    // The matrix scrolls inside its own region, which the keyboard can reach.
    const region = page.getByRole('region', { name: /Forssa/ });
    await expect(region).toHaveAttribute('tabindex', '0');
    const cell = page.locator('button[data-cell="elderly-at-home/-/cannot-wait"]');
    await cell.scrollIntoViewIfNeeded();
    await cell.click();
    const explanation = page.locator('#explain-title');
    await expect(explanation).toBeFocused();
    const box = await explanation.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(box?.y ?? 9999).toBeLessThan(740);
  });

  test('360 px: the flow diagram gives way to its table', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/?page=staff&at=2023-04-11T10:00&municipality=forssa&lang=en');
    await expect(page.locator('details.transitions table')).toBeVisible();
    await expect(page.locator('svg.diagram')).toBeHidden();
    await expect(
      page.getByText('On a narrow screen the diagram is shown as its table.'),
    ).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
  });
});

/**
 * The yardstick of issue 13: a static HTML page of the same text as an app page (its visible
 * words, paragraph by paragraph, no CSS, no script), served by the same server in the same run.
 */
import type { Browser } from '@playwright/test';

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export async function staticPageOf(browser: Browser, url: string): Promise<string> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  const { lang, title, text } = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    text: document.getElementById('root')?.innerText ?? '',
  }));
  await context.close();
  const paragraphs = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`);
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    ...paragraphs,
    '',
  ].join('\n');
}

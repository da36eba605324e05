/**
 * What a page really downloads when it opens, measured in Chromium: every same-origin script,
 * style sheet and document until the network is idle, gzipped (level 9) as a server would send it.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface Transfer {
  html: number;
  js: number;
  css: number;
  files: string[];
}

export async function measurePage(page: Page, url: string): Promise<Transfer> {
  const origin = new URL(url).origin;
  const sizes: { url: string; kind: 'html' | 'js' | 'css'; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const kind =
      type === 'document'
        ? 'html'
        : type === 'script'
          ? 'js'
          : type === 'stylesheet'
            ? 'css'
            : null;
    if (!kind || new URL(response.url()).origin !== origin || response.status() !== 200) return;
    pending.push(
      response.body().then((body) => {
        sizes.push({ url: response.url(), kind, bytes: gzipSync(body, { level: 9 }).length });
      }),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  const sum = (kind: string) =>
    sizes.filter((s) => s.kind === kind).reduce((a, s) => a + s.bytes, 0);
  return {
    html: sum('html'),
    js: sum('js'),
    css: sum('css'),
    files: sizes.map((s) => new URL(s.url).pathname),
  };
}

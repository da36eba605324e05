/**
 * `npm run bench`: builds the app and, in the same run, a hello world of the same stack (the
 * floor), then prints what the start, an outcome and the embed page download (gzipped bytes,
 * measured in Chromium) and Lighthouse's mobile scores and LCP; first, the throughput and peak
 * memory of `route --batch` over 100,000 lines (`npm run bench -- --batch-only` for that alone).
 * Numbers are printed, never asserted; the byte budget is checked by tests/e2e/budget.spec.ts.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { printAnswersPerOutcome } from './bench/answersPerOutcome';
import { measureBatch, printBatch } from './batchBench';
import { measurePage, type Transfer } from './measurePage';

const CHROME = CHROMIUM_PATH;
// Lighthouse starts Chromium itself, with the new headless mode.
const CHROME_FLAGS = [...CHROMIUM_ARGS.filter((a) => a !== '--headless'), '--headless=new'];
const APP = 'http://localhost:4191';
const HELLO = 'http://localhost:4192';

const run = (command: string, args: string[]) => {
  execFileSync(command, args, { stdio: 'inherit' });
};

async function serve(args: string[], url: string): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--strictPort', ...args], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not start`);
}

function lighthouse(url: string, name: string) {
  const out = `bench/results/lighthouse-${name}.json`;
  try {
    execFileSync(
      'npx',
      [
        '--no-install',
        'lighthouse',
        url,
        '--output=json',
        `--output-path=${out}`,
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        '--quiet',
      ],
      { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: CHROME } },
    );
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? 0),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  mkdirSync('bench/results', { recursive: true });
  const batch = await measureBatch();
  printBatch(batch);
  writeFileSync('bench/results/batch.json', `${JSON.stringify(batch, null, 2)}\n`);
  if (process.argv.includes('--batch-only')) return;
  printAnswersPerOutcome();
  run('npm', ['run', '-s', 'build:app']);
  run('npx', ['vite', 'build', '-c', 'bench/hello/vite.config.ts']);
  const app = await serve(['--port', '4191'], `${APP}/`);
  const hello = await serve(['-c', 'bench/hello/vite.config.ts', '--port', '4192'], `${HELLO}/`);
  try {
    const pages = {
      start: `${APP}/`,
      outcome: `${APP}/?lang=en#situation=elderly-at-home&urgency=cannot-wait&municipality=forssa`,
      embed: `${APP}/embed.html?lang=fi`,
      'hello world (floor)': `${HELLO}/`,
    };
    const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
    const sizes: Record<string, Transfer> = {};
    for (const [name, url] of Object.entries(pages)) {
      const page = await browser.newPage();
      sizes[name] = await measurePage(page, url);
      await page.close();
    }
    await browser.close();
    const loader = execFileSync('gzip', ['-9c', 'dist/embed.js']).length;
    const floor = sizes['hello world (floor)']?.js ?? 1;

    console.log('\nBytes each page downloads when it opens (gzipped, measured in Chromium)\n');
    console.log('| page | JS | CSS | HTML | JS ÷ floor |');
    console.log('|---|---:|---:|---:|---:|');
    for (const [name, s] of Object.entries(sizes)) {
      console.log(
        `| ${name} | ${kb(s.js)} | ${kb(s.css)} | ${kb(s.html)} | ${(s.js / floor).toFixed(2)} |`,
      );
    }
    console.log(`\nembed.js, the partner's loader: ${kb(loader)} gzipped`);

    console.log('\nLighthouse 12.2.3, mobile (Debian Chromium)\n');
    console.log('| page | performance | accessibility | best practices | SEO | LCP |');
    console.log('|---|---:|---:|---:|---:|---:|');
    const lighthouseResults: Record<string, unknown> = {};
    for (const name of ['start', 'outcome', 'embed'] as const) {
      const result = lighthouse(pages[name], name);
      lighthouseResults[name] = result;
      if ('error' in result)
        console.log(`| ${name} | not measured: ${String(result.error)} | | | | |`);
      else
        console.log(
          `| ${name} | ${String(result.performance)} | ${String(result.accessibility)} | ${String(result.bestPractices)} | ${String(result.seo)} | ${String(result.lcpMs)} ms |`,
        );
    }
    writeFileSync(
      'bench/results/latest.json',
      `${JSON.stringify({ sizes, loader, lighthouse: lighthouseResults }, null, 2)}\n`,
    );
  } finally {
    app.kill();
    hello.kill();
  }
}

await main();

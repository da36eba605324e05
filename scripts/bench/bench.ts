/**
 * `npm run bench`: builds the app and, in the same run, a hello world of the same stack (the
 * floor); then prints the figures issue 13 is judged by, side by side with a static HTML page of
 * the same text served by the same server (the deployed nginx configuration, gzip):
 * - LCP ÷ static: three interleaved Lighthouse mobile runs (app, static, app, static, …), the
 *   median of the three ratios, for the start page, /en/ and the embed page, so that a busy
 *   machine slows both sides of each ratio alike;
 * - Lighthouse's four scores and total blocking time (medians);
 * - the JavaScript each page downloads, gzipped, ÷ the floor's;
 * - the longest task while a page starts and at each step of the flow, at 4× CPU slowdown.
 * First, the throughput and peak memory of `route --batch` over 100,000 lines (`npm run bench --
 * --batch-only` for that alone). Numbers are printed, never asserted; the byte budgets are
 * checked by tests/e2e/budget.spec.ts.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { embedPath } from '../../src/i18n/languages';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { printAnswersPerOutcome } from './answersPerOutcome';
import { CATEGORIES, lighthouse, median, type LighthouseRun } from './lighthouse';
import { measureLongTasks, type LongestTask, type TaskFigures } from './longTasks';
import { staticPageOf } from './staticPage';
import { measureBatch, printBatch } from './batchBench';
import { measurePage, type Transfer } from './measurePage';

const SITE_DIR = 'bench/results/site';
const APP = 'http://127.0.0.1:4191';
const HELLO = 'http://localhost:4192';
const ROUNDS = 3;

const run = (command: string, args: string[]) => {
  execFileSync(command, args, { stdio: 'inherit' });
};

async function waitFor(url: string, server: ChildProcess): Promise<ChildProcess> {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`${url} did not start`);
}

/** The run with the median duration, with what its task ran. */
function medianTask(runs: LongestTask[]): LongestTask {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor(sorted.length / 2)] ?? { ms: NaN, what: 'none' };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${String(Math.round(value))} ms`;

/** The pages the issue names: each with its static twin, written into the served folder. */
const PAGES = [
  { name: '/', path: '/', twin: '/static-fi.html' },
  { name: '/en/', path: '/en/', twin: '/static-en.html' },
  {
    name: 'embed (en, forssa)',
    path: `${embedPath('en')}?municipality=forssa`,
    twin: '/static-embed-en.html',
  },
] as const;

async function main() {
  mkdirSync('bench/results', { recursive: true });
  const batch = await measureBatch();
  printBatch(batch);
  writeFileSync('bench/results/batch.json', `${JSON.stringify(batch, null, 2)}\n`);
  if (process.argv.includes('--batch-only')) return;
  printAnswersPerOutcome();
  run('npm', ['run', '-s', 'build:app']);
  run('npx', ['vite', 'build', '-c', 'bench/hello/vite.config.ts']);
  // A copy of the build that also holds the static twins, served by the deployed nginx file.
  rmSync(SITE_DIR, { recursive: true, force: true });
  cpSync('dist', SITE_DIR, { recursive: true });
  const site = await waitFor(
    `${APP}/`,
    // node itself, so that killing it stops nginx too (serve.ts forwards the signal).
    spawn('node', ['--import', 'tsx', 'tests/e2e/nginx/serve.ts', SITE_DIR, '4191'], {
      stdio: 'ignore',
    }),
  );
  const hello = await waitFor(
    `${HELLO}/`,
    spawn(
      'npx',
      ['vite', 'preview', '--strictPort', '-c', 'bench/hello/vite.config.ts', '--port', '4192'],
      { stdio: 'ignore' },
    ),
  );
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    for (const page of PAGES) {
      writeFileSync(`${SITE_DIR}${page.twin}`, await staticPageOf(browser, `${APP}${page.path}`));
    }

    const sized: Record<string, string> = {
      ...Object.fromEntries(PAGES.map((p) => [p.name, `${APP}${p.path}`])),
      'outcome (a shared link)': `${APP}/en/#situation=elderly-at-home&urgency=cannot-wait&municipality=forssa`,
      'hello world (floor)': `${HELLO}/`,
    };
    const sizes: Record<string, Transfer> = {};
    for (const [name, url] of Object.entries(sized)) {
      const page = await browser.newPage();
      sizes[name] = await measurePage(page, url);
      await page.close();
    }
    const loader = execFileSync('gzip', ['-9c', 'dist/embed.js']).length;
    const floor = sizes['hello world (floor)']?.js ?? 1;

    // Three times each, the median of each figure: the machine is shared, and a busy moment
    // stretches a task the way it stretches a Lighthouse run.
    const flows = {
      '/': [
        `${APP}/`,
        [
          ['situation', 'elderly-at-home'],
          ['urgency', 'cannot-wait'],
          ['municipality', 'forssa'],
        ],
      ],
      'embed (en, forssa)': [
        `${APP}${PAGES[2].path}`,
        [
          ['situation', 'elderly-at-home'],
          ['urgency', 'cannot-wait'],
        ],
      ],
      // The same stack's hello world starts too: its React evaluates in a task as long as ours.
      'hello world (floor)': [`${HELLO}/`, []],
    } as const;
    const tasks: Record<string, TaskFigures> = {};
    for (const [name, [url, answers]] of Object.entries(flows)) {
      const repeats: TaskFigures[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        repeats.push(
          await measureLongTasks(
            browser,
            url,
            answers.map(([q, v]) => [q, v]),
            url.startsWith(HELLO) ? 'button' : undefined,
          ),
        );
      }
      tasks[name] = {
        start: medianTask(repeats.map((r) => r.start)),
        idle: medianTask(repeats.map((r) => r.idle)),
        steps: answers.map(([q, v], i) => ({
          step: `${q}=${v}`,
          ...medianTask(repeats.map((r) => r.steps[i] ?? { ms: NaN, what: 'none' })),
        })),
      };
    }
    await browser.close();

    console.log('\nBytes each page downloads when it opens (gzipped, measured in Chromium)\n');
    console.log('| page | JS | CSS | HTML | JS ÷ floor |');
    console.log('|---|---:|---:|---:|---:|');
    for (const [name, s] of Object.entries(sizes)) {
      console.log(
        `| ${name} | ${kb(s.js)} | ${kb(s.css)} | ${kb(s.html)} | ${(s.js / floor).toFixed(3)} |`,
      );
    }
    console.log(`\nembed.js, the partner's loader: ${kb(loader)} gzipped`);

    console.log(
      `\nLongest main-thread task at 4× CPU slowdown (Chromium trace, median of ${String(ROUNDS)})\n`,
    );
    console.log(
      "| page | start: longest task running the app's code (what it ran) | in idle time | longest step | each step |",
    );
    console.log('|---|---:|---:|---:|---|');
    for (const [name, t] of Object.entries(tasks)) {
      console.log(
        `| ${name} | ${ms(t.start.ms)} (${t.start.what}) | ${ms(t.idle.ms)} | ${t.steps.length ? ms(Math.max(...t.steps.map((s) => s.ms))) : '–'} | ${t.steps.map((s) => `${s.step}: ${ms(s.ms)}`).join(', ') || '–'} |`,
      );
    }
    const runs: Record<string, { app: LighthouseRun; twin: LighthouseRun }[]> = {};
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [i, page] of PAGES.entries()) {
        const app = lighthouse(
          `${APP}${page.path}`,
          `bench/results/lighthouse-${String(i)}-${String(round)}.json`,
        );
        const twin = lighthouse(
          `${APP}${page.twin}`,
          `bench/results/lighthouse-${String(i)}-${String(round)}-static.json`,
          ['performance'],
        );
        (runs[page.name] ??= []).push({ app, twin });
        console.log(
          `round ${String(round)} ${page.name}: LCP ${ms(app.lcpMs)}, static ${ms(twin.lcpMs)}`,
        );
      }
    }

    console.log(
      `\nLighthouse 12.2.3, mobile (Debian Chromium), median of ${String(ROUNDS)} interleaved runs against the static page of the same text\n`,
    );
    console.log(
      '| page | LCP | static LCP | LCP ÷ static | performance | accessibility | best practices | SEO | TBT |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    const summary: Record<string, unknown> = {};
    for (const page of PAGES) {
      const pageRuns = runs[page.name] ?? [];
      const ratio = median(pageRuns.map((r) => r.app.lcpMs / r.twin.lcpMs));
      const scores = CATEGORIES.map((c) => median(pageRuns.map((r) => r.app.scores[c])));
      const row = {
        lcpMs: median(pageRuns.map((r) => r.app.lcpMs)),
        staticLcpMs: median(pageRuns.map((r) => r.twin.lcpMs)),
        ratio,
        ratios: pageRuns.map((r) => r.app.lcpMs / r.twin.lcpMs),
        scores,
        tbtMs: median(pageRuns.map((r) => r.app.tbtMs)),
      };
      summary[page.name] = row;
      console.log(
        `| ${page.name} | ${ms(row.lcpMs)} | ${ms(row.staticLcpMs)} | ${ratio.toFixed(2)} (${row.ratios.map((r) => r.toFixed(2)).join(', ')}) | ${scores.join(' | ')} | ${ms(row.tbtMs)} |`,
      );
    }
    // What the TBT is made of: the simulated long tasks of each page's run with the median TBT.
    console.log("\nLighthouse's long tasks (simulated at 4× CPU) in the run with the median TBT\n");
    for (const page of PAGES) {
      const pageRuns = [...(runs[page.name] ?? [])].sort((a, b) => a.app.tbtMs - b.app.tbtMs);
      const middle = pageRuns[Math.floor(pageRuns.length / 2)]?.app;
      const tasks = middle?.longTasks.map((t) => `${t.what} ${ms(t.ms)} at ${ms(t.startMs)}`);
      console.log(
        `- ${page.name} (TBT ${ms(middle?.tbtMs ?? NaN)}): ${tasks?.join('; ') || 'none'}`,
      );
    }

    writeFileSync(
      'bench/results/latest.json',
      `${JSON.stringify({ sizes, floor, loader, lighthouse: summary, runs, tasks }, null, 2)}\n`,
    );
  } finally {
    site.kill();
    hello.kill();
  }
}

await main();

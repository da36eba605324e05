/** One Lighthouse 12.2.3 mobile run (simulated throttling) of a page: its four scores, LCP and TBT. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

// Lighthouse starts Chromium itself, with the new headless mode.
const CHROME_FLAGS = [...CHROMIUM_ARGS.filter((a) => a !== '--headless'), '--headless=new'];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRun {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  tbtMs: number;
  /** The long tasks of Lighthouse's simulation, which its TBT adds up: what ran, when, how long. */
  longTasks: SimulatedTask[];
}

interface SimulatedTask {
  what: string;
  startMs: number;
  ms: number;
}

/**
 * What a long task of Lighthouse's report ran, in words. Lighthouse names a task by the script it
 * started in: `_lighthouse-eval.js` is its own wrapper around `requestIdleCallback` (it shims the
 * function under simulated throttling), so such a task is one of the page's idle callbacks.
 */
export function nameSimulatedTask(url: string, pageUrl: string): string {
  if (url.endsWith('_lighthouse-eval.js')) return 'an idle callback';
  if (url === 'Unattributable') return "the browser's own work";
  if (url === pageUrl) return 'the HTML and its inline script';
  return url.replace(/^.*\//, '');
}

/** A run that fails (Lighthouse's NO_NAVSTART and the like, on a busy machine) is tried again. */
export function lighthouse(
  url: string,
  out: string,
  categories: readonly (typeof CATEGORIES)[number][] = CATEGORIES,
  attempts = 3,
): LighthouseRun {
  try {
    return lighthouseOnce(url, out, categories);
  } catch (error) {
    if (attempts <= 1) throw error;
    console.warn(`Lighthouse failed on ${url}; trying again`);
    return lighthouse(url, out, categories, attempts - 1);
  }
}

function lighthouseOnce(
  url: string,
  out: string,
  categories: readonly (typeof CATEGORIES)[number][],
): LighthouseRun {
  execFileSync(
    'npx',
    [
      // The version pinned in package.json (and the lockfile), never a download.
      '--no-install',
      'lighthouse',
      url,
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      `--only-categories=${categories.join(',')}`,
      '--quiet',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } },
  );
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number | null } | undefined>;
    audits: Record<
      string,
      | {
          numericValue?: number;
          details?: { items?: { url?: string; startTime?: number; duration?: number }[] };
        }
      | undefined
    >;
  };
  const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as LighthouseRun['scores'],
    lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: report.audits['total-blocking-time']?.numericValue ?? NaN,
    longTasks: (report.audits['long-tasks']?.details?.items ?? []).map((task) => ({
      what: nameSimulatedTask(task.url ?? '', url),
      startMs: task.startTime ?? NaN,
      ms: task.duration ?? NaN,
    })),
  };
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/**
 * The longest main-thread task that runs the page's own code (Chromium trace, RunTask events of
 * the page's renderer that hold a script event of the page's origin) while a page starts and
 * hydrates, and at each step of the flow, with the CPU slowed down 4× (CDP
 * Emulation.setCPUThrottlingRate). Tasks without the page's code (navigation, the first layout,
 * the test driver's own scripts) are left out: a static page has them too.
 */
import type { Browser, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

/** The longest task, and what its code was (the script or function). */
export interface LongestTask {
  ms: number;
  what: string;
}

/** The longest task of the app's code, and apart the longest one run in idle time. */
async function longestTask(
  browser: Browser,
  page: Page,
  origin: string,
  action: () => Promise<void>,
): Promise<{ busy: LongestTask; idle: LongestTask }> {
  await browser.startTracing(page, {
    categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await action();
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  const mainThreads = new Set(
    trace.traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${String(e.pid)}:${String(e.tid)}`),
  );
  const onMain = trace.traceEvents.filter(
    (e) => e.ph === 'X' && mainThreads.has(`${String(e.pid)}:${String(e.tid)}`),
  );
  // The app's code files, and the boot script's function that starts them (the inline script's
  // own run is part of parsing the page, which a static page has too). A module's evaluation
  // names no file in the trace, but every module on these pages is the app's (or React's, which
  // the floor's hello world evaluates too).
  const ours = onMain.filter(
    (e) =>
      e.name === 'v8.evaluateModule' ||
      e.args?.data?.url?.startsWith(`${origin}/assets/`) ||
      (e.args?.data?.url?.startsWith(origin) && e.args.data.functionName === 'go'),
  );
  const idleCallbacks = onMain.filter((e) => e.name === 'FireIdleCallback');
  const longest = { busy: { ms: 0, what: 'none' }, idle: { ms: 0, what: 'none' } };
  for (const task of onMain.filter((e) => e.name === 'RunTask')) {
    const end = task.ts + (task.dur ?? 0);
    const within = (e: TraceEvent) => e.ts >= task.ts && e.ts <= end;
    const code = ours.find(within);
    if (!code) continue;
    // requestIdleCallback work: run when nothing else waits, reported apart.
    const kind = idleCallbacks.some(within) ? 'idle' : 'busy';
    const ms = (task.dur ?? 0) / 1000;
    if (ms > longest[kind].ms) {
      const file = code.args?.data?.url?.split('/').pop() ?? '';
      const fn = code.args?.data?.functionName;
      longest[kind] = { ms, what: `${code.name} ${file}${fn ? ` ${fn}` : ''}` };
    }
  }
  return longest;
}

export interface TaskFigures {
  start: LongestTask;
  /** The longest task the app ran in idle time while it started (requestIdleCallback). */
  idle: LongestTask;
  steps: ({ step: string } & LongestTask)[];
}

/**
 * Opens the page, then answers; each answer must bring a new screen (a heading). `ready` marks a
 * started page: the app's once its keys are set up, or the floor's button.
 */
export async function measureLongTasks(
  browser: Browser,
  url: string,
  answers: [question: string, value: string][],
  ready = 'body[data-quick-exit-keys="on"]',
): Promise<TaskFigures> {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const origin = new URL(url).origin;
  const { busy: start, idle } = await longestTask(browser, page, origin, async () => {
    await page.goto(url);
    await page.locator(ready).waitFor();
    await page.waitForTimeout(1500);
  });
  const steps: TaskFigures['steps'] = [];
  for (const [question, value] of answers) {
    // Past the double-tap lock of the screen before (src/citizen/usePressGuard.ts).
    await page.waitForTimeout(1200);
    const before = await page.locator('h1').textContent();
    const { busy: task } = await longestTask(browser, page, origin, async () => {
      await page.locator(`button[name="${question}"][value="${value}"]`).click();
      await page.waitForFunction(
        (text) => document.querySelector('h1')?.textContent !== text,
        before,
      );
      await page.waitForTimeout(500);
    });
    steps.push({ step: `${question}=${value}`, ...task });
  }
  await page.close();
  return { start, idle, steps };
}

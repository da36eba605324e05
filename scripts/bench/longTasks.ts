/**
 * The longest main-thread task (Chromium trace, RunTask events of the page's renderer) while a
 * page starts and hydrates, and at each step of the flow, with the CPU slowed down 4× (CDP
 * Emulation.setCPUThrottlingRate).
 */
import type { Browser, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

async function longestTask(browser: Browser, page: Page, action: () => Promise<void>) {
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
  const tasks = trace.traceEvents.filter(
    (e) =>
      e.name === 'RunTask' && e.ph === 'X' && mainThreads.has(`${String(e.pid)}:${String(e.tid)}`),
  );
  return Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000));
}

export interface TaskFigures {
  startMs: number;
  steps: { step: string; ms: number }[];
}

/** Opens the page, then answers; each answer must bring a new screen (a heading). */
export async function measureLongTasks(
  browser: Browser,
  url: string,
  answers: [question: string, value: string][],
): Promise<TaskFigures> {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const startMs = await longestTask(browser, page, async () => {
    await page.goto(url);
    await page.locator('body[data-quick-exit-keys="on"]').waitFor();
    await page.waitForTimeout(1500);
  });
  const steps: TaskFigures['steps'] = [];
  for (const [question, value] of answers) {
    // Past the double-tap lock of the screen before (src/citizen/usePressGuard.ts).
    await page.waitForTimeout(1200);
    const before = await page.locator('h1').textContent();
    const ms = await longestTask(browser, page, async () => {
      await page.locator(`button[name="${question}"][value="${value}"]`).click();
      await page.waitForFunction(
        (text) => document.querySelector('h1')?.textContent !== text,
        before,
      );
      await page.waitForTimeout(500);
    });
    steps.push({ step: `${question}=${value}`, ms });
  }
  await page.close();
  return { startMs, steps };
}

// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BOOT_SCRIPT } from '../../scripts/build/criticalPath';

/** The browser's task queue, run by hand: timers and frames, one callback a task. */
let tasks: { run: () => void; at: number }[] = [];
let now = 0;
function runNextTask(): boolean {
  tasks.sort((a, b) => a.at - b.at);
  const task = tasks.shift();
  if (!task) return false;
  now = Math.max(now, task.at);
  task.run();
  return true;
}

/** The page's inline boot script, as the built page has it, run where the page would run it. */
function runBootScript(preload: string): void {
  const boot = document.createElement('script');
  boot.dataset.src = '/assets/main.js';
  boot.dataset.preload = preload;
  document.body.append(boot);
  Object.defineProperty(document, 'currentScript', { value: boot, configurable: true });
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the script as the page runs it
  const run = new Function(BOOT_SCRIPT) as () => void;
  run();
}

const scripts = () => [...document.head.querySelectorAll('script')].map((s) => s.src);
const preloads = () =>
  [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) =>
    l.getAttribute('href'),
  );

describe('the boot script (scripts/build/criticalPath.ts)', () => {
  beforeEach(() => {
    tasks = [];
    now = 0;
    vi.stubGlobal('setTimeout', (run: () => void, ms = 0) => {
      tasks.push({ run, at: now + ms });
    });
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => {
      tasks.push({ run, at: now + 16 });
    });
    // No paint timing here: the script waits two frames instead.
    vi.stubGlobal('PerformanceObserver', undefined);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  it('asks for nothing before the first paint', () => {
    runBootScript('/assets/a.js /assets/b.js');
    expect(scripts()).toEqual([]);
    expect(preloads()).toEqual([]);
  });

  it('starts the app after the first paint, then asks for each preload in a task of its own', () => {
    runBootScript('/assets/a.js /assets/b.js /assets/c.js');
    // Per task: the scripts and preloads asked for so far.
    const seen: string[] = [];
    while (runNextTask()) seen.push(`${String(scripts().length)}+${String(preloads().length)}`);
    // Two frames, the task after them, then the app's script; each preload a task later; then
    // the 1 s fallback, which does not start it again.
    expect(seen).toEqual(['0+0', '0+0', '1+0', '1+1', '1+2', '1+3', '1+3']);
    expect(scripts()).toEqual([`${window.location.origin}/assets/main.js`]);
    expect(preloads()).toEqual(['/assets/a.js', '/assets/b.js', '/assets/c.js']);
  });
});

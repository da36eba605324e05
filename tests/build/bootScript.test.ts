// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BOOT_SCRIPT } from '../../scripts/build/criticalPath';
import { EARLY_PRESS, PRESSED_EARLY } from '../../src/citizen/earlyPress';
import { SESSION_STORAGE_KEY } from '../../src/citizen/flowSession';

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

/** The listeners the boot script added, taken away after each test. */
let added: [EventTarget, string, EventListenerOrEventListenerObject, unknown][] = [];

/**
 * The page's inline boot script, as the built page has it, run where the page would run it. Its
 * `location` is the one given (jsdom's cannot be watched), with this page's query.
 */
function runBootScript(preload: string, replace: (url: string) => void = () => undefined): void {
  const boot = document.createElement('script');
  boot.dataset.src = '/assets/main.js';
  boot.dataset.preload = preload;
  document.body.append(boot);
  Object.defineProperty(document, 'currentScript', { value: boot, configurable: true });
  for (const target of [document, window]) {
    const add = target.addEventListener.bind(target);
    vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
      added.push([target, type, listener, options]);
      add(type, listener, options);
    });
  }
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the script as the page runs it
  const run = new Function('location', BOOT_SCRIPT) as (location: object) => void;
  run({ search: window.location.search, replace });
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
    for (const [target, type, listener, options] of added) {
      target.removeEventListener(type, listener, options as EventListenerOptions);
    }
    added = [];
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    document.head.replaceChildren();
    document.body.replaceChildren();
    delete document.body.dataset.quickExitKeys;
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

  describe('a press on the quick exit before the app runs', () => {
    /** The prerendered quick exit link, pressed; whether the press was kept from its default. */
    function pressQuickExit(): boolean {
      const link = document.createElement('a');
      link.className = 'quick-exit__button';
      link.href = 'https://www.ilmatieteenlaitos.fi/';
      link.innerHTML = '<span>Poistu sivulta</span>';
      document.body.append(link);
      const press = new MouseEvent('click', { bubbles: true, cancelable: true });
      // Stays in the test's page: jsdom would only report that it cannot navigate.
      link.addEventListener('click', (event) => {
        event.stopPropagation();
      });
      link.querySelector('span')?.dispatchEvent(press);
      return press.defaultPrevented;
    }

    beforeEach(() => {
      sessionStorage.setItem(SESSION_STORAGE_KEY, 'the-session-of-the-answers');
    });
    afterEach(() => {
      sessionStorage.clear();
      document.body.className = '';
    });

    it('ends the session, hides the page and leaves in place of this entry', () => {
      const replace = vi.fn();
      runBootScript('', replace);
      expect(pressQuickExit()).toBe(true);
      expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).not.toBe('the-session-of-the-answers');
      expect(document.body.classList.contains('is-leaving')).toBe(true);
      expect(replace).toHaveBeenCalledWith('https://www.ilmatieteenlaitos.fi/');
    });

    it('is shown again when the page comes back from the back-forward cache', () => {
      runBootScript('');
      pressQuickExit();
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
      expect(document.body.classList.contains('is-leaving')).toBe(true);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      expect(document.body.classList.contains('is-leaving')).toBe(false);
    });

    it('leaves the press to the app once its quick exit listens', () => {
      const replace = vi.fn();
      runBootScript('', replace);
      document.body.dataset.quickExitKeys = 'on';
      expect(pressQuickExit()).toBe(false);
      expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBe('the-session-of-the-answers');
      expect(replace).not.toHaveBeenCalled();
    });
  });

  describe('a press on an answer before the app runs', () => {
    /** The prerendered first question in its root; returns its answer buttons by value. */
    function firstQuestion(): Record<string, HTMLButtonElement> {
      const root = document.createElement('div');
      root.id = 'root';
      root.innerHTML =
        '<div class="flow" data-ready="false">' +
        '<button type="button" name="situation" value="crisis"><span>Crisis</span></button>' +
        '<button type="button" name="situation" value="money"><span>Money</span></button>' +
        '</div><button type="button" name="elsewhere" value="x">Not an answer</button>';
      document.body.append(root);
      const buttons = root.querySelectorAll('button');
      return Object.fromEntries([...buttons].map((b) => [b.value, b]));
    }
    const press = (button: HTMLElement | undefined) => {
      button?.querySelector('span')?.click();
      button?.click();
    };
    const root = () => document.getElementById('root');

    it('notes the first one on the root and marks its button', () => {
      const answers = firstQuestion();
      runBootScript('');
      press(answers.crisis);
      press(answers.money);
      expect(root()?.getAttribute(EARLY_PRESS)).toBe('situation crisis');
      expect(answers.crisis?.hasAttribute(PRESSED_EARLY)).toBe(true);
      expect(answers.money?.hasAttribute(PRESSED_EARLY)).toBe(false);
    });

    it('notes nothing outside the flow, or once the app runs', () => {
      const answers = firstQuestion();
      runBootScript('');
      press(answers.x);
      expect(root()?.hasAttribute(EARLY_PRESS)).toBe(false);
      document.body.dataset.quickExitKeys = 'on';
      press(answers.crisis);
      expect(root()?.hasAttribute(EARLY_PRESS)).toBe(false);
      expect(answers.crisis?.hasAttribute(PRESSED_EARLY)).toBe(false);
    });
  });
});

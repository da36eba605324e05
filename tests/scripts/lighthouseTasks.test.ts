import { describe, expect, it } from 'vitest';
import { nameSimulatedTask } from '../../scripts/bench/lighthouse';

// The names that Lighthouse 12.2.3 gives the long tasks of its report (the `long-tasks` audit).
describe("the bench names Lighthouse's long tasks (issue 13)", () => {
  const page = 'http://127.0.0.1:4191/en/';

  it("calls Lighthouse's requestIdleCallback wrapper an idle callback", () => {
    expect(nameSimulatedTask('_lighthouse-eval.js', page)).toBe('an idle callback');
  });

  it("calls a task with no script the browser's own work", () => {
    expect(nameSimulatedTask('Unattributable', page)).toBe("the browser's own work");
  });

  it('calls the page itself the HTML and its inline script', () => {
    expect(nameSimulatedTask(page, page)).toBe('the HTML and its inline script');
  });

  it('names a script by its file', () => {
    expect(nameSimulatedTask('http://127.0.0.1:4191/assets/start-react-fgQCtvre.js', page)).toBe(
      'start-react-fgQCtvre.js',
    );
  });
});

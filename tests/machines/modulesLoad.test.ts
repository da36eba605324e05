/**
 * Every core module loaded inside a test. A broken module-level value (a date format, the
 * supported range) then fails a test here, instead of only stopping other suites from loading,
 * which the mutation runner counts as a survivor (issue 15).
 */
import { expect, it } from 'vitest';

const modules = import.meta.glob<Record<string, unknown>>('../../machines/*.ts');

it('finds the core modules', () => {
  expect(Object.keys(modules).length).toBeGreaterThanOrEqual(8);
});

it.each(Object.keys(modules))('%s loads and exports something', async (path) => {
  const load = modules[path];
  if (!load) throw new Error(`no loader for ${path}`);
  expect(Object.keys(await load()).length).toBeGreaterThan(0);
});

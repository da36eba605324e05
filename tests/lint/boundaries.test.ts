/**
 * The import boundaries of eslint.config.js (issue 14) fail on a forbidden import: each fixture
 * (tests/lint/fixtures, never linted by `npm run lint`) is linted as if it stood at the path its
 * first line names, with the project's own config.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(import.meta.dirname, 'fixtures');

// The fixtures' pretended paths do not exist, so the type-aware rules are left out here.
const eslint = new ESLint({ cwd: ROOT, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function lintFixture(name: string): Promise<{ line: number; message: string }[]> {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  const filePath = /^\/\/ lint as: (\S+)/.exec(text)?.[1];
  if (filePath === undefined) throw new Error(`${name} names no path`);
  const [result] = await eslint.lintText(text, { filePath: join(ROOT, filePath) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => ({ line: m.line, message: m.message }));
}

describe('import boundaries', () => {
  it('machines/ may not import React, i18next, src/ or scripts/', async () => {
    const reported = await lintFixture('core-imports-ui.ts.fixture');
    expect(reported.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(reported[0]?.message).toContain('framework-free');
    expect(reported[4]?.message).toContain('must not import the app');
  });

  it('src/ reaches machines/ only through its entries', async () => {
    const reported = await lintFixture('app-imports-core-module.ts.fixture');
    expect(reported.map((r) => r.line)).toEqual([2, 3]);
    expect(reported[0]?.message).toContain('through its entries');
  });

  it('scripts/ reaches machines/ only through its entries', async () => {
    expect((await lintFixture('script-imports-core-module.ts.fixture')).map((r) => r.line)).toEqual(
      [2],
    );
  });

  it('the embed loader may not import React', async () => {
    const reported = await lintFixture('loader-imports-react.ts.fixture');
    expect(reported.map((r) => r.line)).toEqual([2, 3]);
    expect(reported[0]?.message).toContain('partner pages');
  });

  it('the entries and React in src/ are allowed', async () => {
    expect(await lintFixture('allowed.ts.fixture')).toEqual([]);
  });

  it('every fixture is tested', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual([
      'allowed.ts.fixture',
      'app-imports-core-module.ts.fixture',
      'core-imports-ui.ts.fixture',
      'loader-imports-react.ts.fixture',
      'script-imports-core-module.ts.fixture',
    ]);
  });
});

/** The project files the embed loader imports, directly or not (JSON left out). */
function importClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const [, spec] of text.matchAll(/from '(\.[^']+)'/g)) {
      if (spec === undefined || spec.endsWith('.json')) continue;
      visit(normalize(join(dirname(file), `${spec}.ts`)));
    }
  };
  visit(entry);
  return [...seen].map((f) => relative('.', f)).sort();
}

describe('the loader boundary', () => {
  it('covers every file the loader imports', async () => {
    // eslint.config.js is plain JavaScript: its export is typed here by hand.
    const config = (await import(pathToFileURL(join(ROOT, 'eslint.config.js')).href)) as {
      BOUNDARY_FILES: { EMBED_LOADER: readonly string[] };
    };
    expect(importClosure('src/embed/loader/loader.ts')).toEqual(
      [...config.BOUNDARY_FILES.EMBED_LOADER].sort(),
    );
  });
});

/**
 * `route --batch` and both commands' option parsing on odd input, run in-process: the same cases as
 * real processes are in routePipes.test.ts, which mutation testing cannot see (a child process never
 * gets the active mutant).
 */
import { describe, expect, it } from 'vitest';
import { runRouteCommand, streamBatch } from '../../scripts/commands/routeCommand';
import { runRoutingTableCommand } from '../../scripts/commands/routingTableCommand';

const NOW = Date.UTC(2026, 10, 28, 12, 47);

const isAnswer = (line: string) => 'contact' in (JSON.parse(line) as object);

describe('odd input, in-process', () => {
  it('a BOM before the first line is not part of it', () => {
    const stdin = '\uFEFF{"situation":"money"}\n{"situation":"money"}\n';
    const result = runRouteCommand(['--batch'], stdin, NOW);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.every(isAnswer)).toBe(true);
  });

  it('a blank line gets an error line in its place, so output n answers input n', () => {
    const stdin = '{"situation":"money"}\n\n  \r\n{"situation":"money"}\r\n';
    const result = runRouteCommand(['--batch'], stdin, NOW);
    const lines = result.stdout.trimEnd().split('\n');
    expect(result.code).toBe(1);
    expect(lines).toHaveLength(4);
    expect(isAnswer(lines[0] ?? '')).toBe(true);
    expect(JSON.parse(lines[1] ?? '')).toEqual({
      error: 'blank line; one JSON object a line is expected',
    });
    expect(JSON.parse(lines[2] ?? '')).toHaveProperty('error');
    expect(isAnswer(lines[3] ?? '')).toBe(true);
  });

  const megabyte = 'x'.repeat(1024 * 1024);

  it('a 1 MB bad value is named, cut to a readable length, on one line', () => {
    const stdin = `${JSON.stringify({ situation: megabyte })}\n{"situation":"money"}\n`;
    const result = runRouteCommand(['--batch'], stdin, NOW);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const error = (JSON.parse(lines[0] ?? '') as { error: string }).error;
    expect(error).toContain('unknown --situation "xxxx');
    expect(error).toContain(`(${String(megabyte.length)} characters)`);
    expect(error).toContain('allowed: child-protection');
    expect(error.length).toBeLessThan(400);
    expect(isAnswer(lines[1] ?? '')).toBe(true);

    for (const argv of [
      ['--situation', megabyte],
      ['--at', megabyte, '--situation', 'money'],
      [`--${megabyte}`, 'x'],
    ]) {
      const single = runRouteCommand(argv, '', NOW);
      expect(single.code).toBe(2);
      expect(single.stdout).toBe('');
      expect(single.stderr.split('\n')).toEqual([expect.any(String), '']);
      expect(single.stderr.length).toBeLessThan(600);
    }
    const line = runRouteCommand(['--batch'], `${megabyte}\n`, NOW).stdout;
    expect(line.length).toBeLessThan(400);
  });

  it.each([
    ['route', ['--situation', 'money', '--situation', 'crisis'], '--situation'],
    ['route', ['--batch', '--batch'], '--batch'],
    ['route', ['--at', '2023-04-11T10:00', '--situation', 'money', '--at', '2024-01-01'], '--at'],
    ['routing-table', ['--format', 'csv', '--format', 'json'], '--format'],
    ['routing-table', ['--municipality', 'forssa', '--municipality', 'loppi'], '--municipality'],
  ])('%s refuses a repeated option: %j', (command, argv, option) => {
    const result =
      command === 'route' ? runRouteCommand(argv, '', NOW) : runRoutingTableCommand(argv, NOW);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${command}: ${option} is given more than once\n`);
  });
});

describe('--batch as a stream, in-process', () => {
  // §5: one result a line, in the same order; a bad line an error line; exit 1 when any was bad.
  const MONEY =
    '{"contact":"kela","rule":"money","availableNow":null,"nextOpening":null,"phone":null}';

  async function run(lines: string[]) {
    const events: string[] = [];
    async function* input() {
      for (const [i, line] of lines.entries()) {
        events.push(`read ${String(i)}`);
        yield line;
        await Promise.resolve();
      }
    }
    const code = await streamBatch(input(), NOW, (text) => {
      events.push(`write ${text}`);
    });
    return { code, events };
  }

  it('writes each answer before it reads the next line, and exits 0 when every line was good', async () => {
    expect(await run(['{"situation":"money"}', '{"situation":"money"}'])).toEqual({
      code: 0,
      events: ['read 0', `write ${MONEY}\n`, 'read 1', `write ${MONEY}\n`],
    });
  });

  it('writes an error line for a bad line, goes on, and exits 1', async () => {
    const { code, events } = await run(['[]', '{"situation":"money"}']);
    expect(code).toBe(1);
    expect(events).toEqual([
      'read 0',
      `write ${JSON.stringify({ error: 'not a JSON object: "[]"' })}\n`,
      'read 1',
      `write ${MONEY}\n`,
    ]);
  });
});

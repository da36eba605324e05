/**
 * The commands as parts of pipelines (RULES.md §5 `--batch`): streaming, flat memory, a closed
 * pipe, odd input. These run the real processes through npm, as staff scripts do.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { batchLines } from '../../scripts/bench/batchBench';
import { runRouteCommand } from '../../scripts/commands/routeCommand';
import { runRoutingTableCommand } from '../../scripts/commands/routingTableCommand';

const dir = mkdtempSync(join(tmpdir(), 'kenelle-pipes-'));
const LINES = 100_000;
const NOW = Date.UTC(2026, 10, 28, 12, 47);
const batchInput = batchLines;

const bigInput = join(dir, 'batch.jsonl');
writeFileSync(bigInput, batchInput(LINES));

const isAnswer = (line: string) => 'contact' in (JSON.parse(line) as object);

describe('route --batch streams', () => {
  it('answers the first line while the input is still open', async () => {
    const child = spawn('npm', ['run', '-s', 'route', '--', '--batch'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.write(batchInput(1));
    const first = await new Promise<string>((resolve, reject) => {
      let seen = '';
      child.stdout.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if (seen.includes('\n')) resolve(seen);
      });
      child.on('exit', () => {
        reject(new Error(`ended before answering: ${seen}`));
      });
    });
    expect(isAnswer(first.trim())).toBe(true);
    // The input is still open: the command is waiting for more, not finished.
    expect(child.exitCode).toBeNull();
    child.stdin.end(batchInput(1));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
  }, 60_000);

  it(`answers ${String(LINES)} lines in order with peak memory under 150 MB`, () => {
    const memoryFile = join(dir, 'peak');
    const result = spawnSync('npm', ['run', '-s', 'route', '--', '--batch'], {
      input: readFileSync(bigInput),
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
      env: {
        ...process.env,
        NODE_OPTIONS: `--import=${fileURLToPath(new URL('../../scripts/bench/reportPeakMemory.mjs', import.meta.url))}`,
        PEAK_MEMORY_FILE: memoryFile,
        PEAK_MEMORY_SCRIPT: 'scripts/commands/route.ts',
      },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(LINES);
    expect(lines.every(isAnswer)).toBe(true);
    const peakKb = Number(readFileSync(memoryFile, 'utf8'));
    expect(peakKb).toBeGreaterThan(0);
    expect(peakKb / 1024).toBeLessThan(150);
  }, 180_000);
});

describe('a closed output pipe ends the run quietly', () => {
  it.each([
    ['route --batch', `npm run -s route -- --batch < '${bigInput}'`],
    ['routing-table', 'npm run -s routing-table -- --at 2023-04-11T10:00 --format csv'],
  ])(
    '%s | head -1: exit 0, no stack trace',
    (_name, command) => {
      const result = spawnSync(
        'bash',
        ['-c', `${command} | head -1; echo "exit \${PIPESTATUS[0]}" >&2`],
        { encoding: 'utf8' },
      );
      expect(result.stdout.split('\n')).toHaveLength(2);
      expect(result.stderr).toBe('exit 0\n');
    },
    60_000,
  );
});

describe('odd input', () => {
  it('a directory as standard input: one line on stderr, exit 2, nothing on stdout', () => {
    const result = spawnSync('bash', ['-c', `npm run -s route -- --batch < '${dir}'`], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^route: --batch: standard input is a directory[^\n]*\n$/);
  }, 30_000);

  it('a BOM before the first line is not part of it (as a real process too)', () => {
    const stdin = '\uFEFF{"situation":"money"}\n{"situation":"money"}\n';
    const inProcess = runRouteCommand(['--batch'], stdin, NOW);
    const real = spawnSync('npm', ['run', '-s', 'route', '--', '--batch'], {
      input: stdin,
      encoding: 'utf8',
    });
    for (const result of [inProcess, { stdout: real.stdout, code: real.status }]) {
      expect(result.code).toBe(0);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines.every(isAnswer)).toBe(true);
    }
  }, 30_000);

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

/**
 * The commands as parts of pipelines (RULES.md §5 `--batch`): streaming, flat memory, a closed
 * pipe, odd input. These run the real processes through npm, as staff scripts do; the same input
 * in-process is in routeBatchInProcess.test.ts (which mutation testing can see).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { batchLines } from '../../scripts/bench/batchBench';

const dir = mkdtempSync(join(tmpdir(), 'kenelle-pipes-'));
const LINES = 100_000;
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

  it('a BOM before the first line is not part of it (as a real process)', () => {
    const stdin = '\uFEFF{"situation":"money"}\n{"situation":"money"}\n';
    const real = spawnSync('npm', ['run', '-s', 'route', '--', '--batch'], {
      input: stdin,
      encoding: 'utf8',
    });
    expect(real.status).toBe(0);
    const lines = real.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.every(isAnswer)).toBe(true);
  }, 30_000);
});

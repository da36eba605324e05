/**
 * The batch part of `npm run bench`: `route --batch` over 100,000 lines through npm, as staff
 * scripts run it, with its throughput and its peak resident memory (scripts/bench/reportPeakMemory.mjs).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SITUATIONS = ['crisis', 'elderly-at-home', 'money', 'custody-visitation', 'child-protection'];
const URGENCIES = ['cannot-wait', 'can-wait', 'danger-now'];
const PLACES = ['forssa', 'loppi', 'outside', 'hattula'];

/** Varied valid cases over 2023–2030. */
export function batchLines(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    const hour = String(i % 24).padStart(2, '0');
    lines.push(
      JSON.stringify({
        at: `${String(2023 + (i % 8))}-${month}-${day}T${hour}:00`,
        situation: SITUATIONS[i % SITUATIONS.length],
        urgency: URGENCIES[i % URGENCIES.length],
        municipality: PLACES[i % PLACES.length],
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

export interface BatchMeasurement {
  lines: number;
  seconds: number;
  linesPerSecond: number;
  peakMb: number;
}

export async function measureBatch(count = 100_000): Promise<BatchMeasurement> {
  const memoryFile = join(mkdtempSync(join(tmpdir(), 'kenelle-bench-')), 'peak');
  const preload = fileURLToPath(new URL('reportPeakMemory.mjs', import.meta.url));
  const input = batchLines(count);
  const started = performance.now();
  const child = spawn('npm', ['run', '-s', 'route', '--', '--batch'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: {
      ...process.env,
      NODE_OPTIONS: `--import=${preload}`,
      PEAK_MEMORY_FILE: memoryFile,
      PEAK_MEMORY_SCRIPT: 'scripts/commands/route.ts',
    },
  });
  let answered = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) answered++;
  });
  child.stdin.end(input);
  await new Promise((resolve) => child.on('exit', resolve));
  const seconds = (performance.now() - started) / 1000;
  if (answered !== count) throw new Error(`route --batch answered ${String(answered)} lines`);
  return {
    lines: count,
    seconds: Number(seconds.toFixed(2)),
    linesPerSecond: Math.round(count / seconds),
    peakMb: Number((Number(readFileSync(memoryFile, 'utf8')) / 1024).toFixed(1)),
  };
}

export function printBatch(result: BatchMeasurement): void {
  console.log(`\nroute --batch, ${result.lines.toLocaleString('en')} lines through npm\n`);
  console.log('| lines | time | lines/s | peak memory |');
  console.log('|---:|---:|---:|---:|');
  console.log(
    `| ${String(result.lines)} | ${result.seconds.toFixed(1)} s | ${String(result.linesPerSecond)} | ${result.peakMb.toFixed(0)} MB |`,
  );
}

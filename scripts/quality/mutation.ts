/**
 * `npm run test:mutation`: Stryker over the core (stryker/machines.json, goal 95 %) and over the
 * logic around it (stryker/logic.json, goal 90 %), then the score of each file against its goal.
 * Stryker's own `thresholds.break` holds each run's goal; this adds the per-file check.
 *
 *   npm run test:mutation                      both, from scratch
 *   npm run test:mutation -- --incremental     both, re-testing only what changed since the last run
 *   npm run test:mutation -- machines          one of them (machines or logic), any options after
 *
 * Reports: reports/mutation/{machines,logic}.html (git-ignored).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const RUNS = { machines: 95, logic: 90 } as const;
type RunName = keyof typeof RUNS;

interface Report {
  files: Record<string, { mutants: { status: string }[] }>;
}

const args = process.argv.slice(2);
const named = args.filter((a): a is RunName => a in RUNS);
const options = args.filter((a) => !(a in RUNS));
const runs = named.length ? named : (Object.keys(RUNS) as RunName[]);

let failed = false;
const rows: string[] = [];
for (const run of runs) {
  const started = Date.now();
  const result = spawnSync('npx', ['stryker', 'run', `stryker/${run}.json`, ...options], {
    stdio: 'inherit',
  });
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  if (result.status !== 0) {
    failed = true;
    console.error(`stryker ${run}: exit ${String(result.status)} after ${minutes} min`);
  }
  const file = `reports/mutation/${run}.json`;
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  for (const [path, { mutants }] of Object.entries(report.files)) {
    const count = (...statuses: string[]) =>
      mutants.filter((m) => statuses.includes(m.status)).length;
    const detected = count('Killed', 'Timeout');
    const survived = count('Survived');
    const noCoverage = count('NoCoverage');
    const valid = detected + survived + noCoverage;
    const score = valid === 0 ? 100 : (100 * detected) / valid;
    const ok = score >= RUNS[run];
    if (!ok) failed = true;
    rows.push(
      `| ${path} | ${score.toFixed(1)} % | ${String(detected)} | ${String(survived)} | ` +
        `${String(noCoverage)} | ${String(count('Ignored'))} | ${ok ? 'ok' : `below ${String(RUNS[run])} %`} |`,
    );
  }
  console.log(`stryker ${run}: ${minutes} min`);
}
console.log(
  [
    '| file | score | killed | survived | no coverage | ignored | goal |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n'),
);
process.exitCode = failed ? 1 : 0;

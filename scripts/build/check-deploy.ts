/**
 * Entry point of `npm run -s check-deploy -- dist/` or `-- https://host/`: prints one line per
 * problem and exits 1, or prints a summary and exits 0; bad usage exits 2.
 */
import { existsSync } from 'node:fs';
import { checkDeploy, folderSource, urlSource } from './checkDeploy';
import { endQuietlyWhenOutputCloses } from '../commands/output';

endQuietlyWhenOutputCloses();
const args = process.argv.slice(2);
const target = args[0];
if (args.length !== 1 || target === undefined) {
  process.stderr.write('check-deploy: give one build folder (dist/) or one URL (https://host/)\n');
  process.exitCode = 2;
} else if (!/^https?:\/\//.test(target) && !existsSync(target)) {
  process.stderr.write(`check-deploy: no such folder ${JSON.stringify(target)}\n`);
  process.exitCode = 2;
} else {
  const source = /^https?:\/\//.test(target) ? urlSource(target) : folderSource(target);
  try {
    const problems = await checkDeploy(source);
    for (const problem of problems) process.stdout.write(`${problem}\n`);
    if (problems.length > 0) {
      process.stderr.write(
        `check-deploy: ${String(problems.length)} problem(s) in ${source.name}\n`,
      );
      process.exitCode = 1;
    } else {
      process.stdout.write(`check-deploy: ${source.name} is complete and consistent\n`);
    }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    process.stderr.write(`check-deploy: cannot read ${source.name}: ${why}\n`);
    process.exitCode = 2;
  }
}

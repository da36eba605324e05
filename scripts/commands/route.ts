/** Entry point of `npm run -s route`; see docs/SPECIFICATION.md §5 and scripts/commands/routeCommand.ts. */
import { refusal } from './cli';
import { streamLines } from './lines';
import { endQuietlyWhenOutputCloses, finish, stdinIsDirectory, writeOut } from './output';
import { routeOptions, streamBatch } from './routeCommand';

endQuietlyWhenOutputCloses();
const now = Date.now();
const options = routeOptions(process.argv.slice(2), now);
if (options !== 'batch') {
  finish(options);
} else if (stdinIsDirectory()) {
  finish(refusal('route', '--batch: standard input is a directory, not lines of JSON'));
} else {
  try {
    process.exitCode = await streamBatch(streamLines(process.stdin), now, writeOut);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    finish(refusal('route', `--batch: cannot read standard input: ${why}`));
  }
}

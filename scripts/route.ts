/** Entry point of `npm run -s route`; see RULES.md §5 and scripts/routeCommand.ts. */
import { readFileSync } from 'node:fs';
import { runRouteCommand } from './routeCommand';

const argv = process.argv.slice(2);
const stdin = argv.includes('--batch') ? readFileSync(0, 'utf8') : '';
const result = runRouteCommand(argv, stdin, Date.now());
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;

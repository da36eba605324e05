/** Entry point of `npm run -s routing-table`; see scripts/routingTableCommand.ts. */
import { runRoutingTableCommand } from './routingTableCommand';

const result = runRoutingTableCommand(process.argv.slice(2), Date.now());
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;

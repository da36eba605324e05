/** Entry point of `npm run -s routing-table`; see scripts/commands/routingTableCommand.ts. */
import { endQuietlyWhenOutputCloses, finish } from './output';
import { runRoutingTableCommand } from './routingTableCommand';

endQuietlyWhenOutputCloses();
finish(runRoutingTableCommand(process.argv.slice(2), Date.now()));

/** The `routing-table` command: the routing matrix at one moment, as JSON or CSV. */
import { isValidAnswer, MUNICIPALITY_IDS } from '../../machines';
import { matrixToCsv, matrixToJson, routingMatrix } from '../../machines/matrix';
import { instantOption, readOptions, refusal, shown, type CommandResult } from './cli';

const FORMATS = ['json', 'csv'] as const;

export function runRoutingTableCommand(argv: string[], now: number): CommandResult {
  const fail = (message: string) => refusal('routing-table', message);
  const read = readOptions(argv, {
    at: { type: 'string' },
    municipality: { type: 'string' },
    format: { type: 'string' },
  });
  if ('error' in read) return fail(read.error);
  const values = read.values as { at?: string; municipality?: string; format?: string };
  const at = instantOption(values.at, now);
  if ('error' in at) return fail(at.error);
  const format = values.format ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format)) {
    return fail(`unknown --format ${shown(format)}; allowed: ${FORMATS.join(', ')}`);
  }
  const municipality = values.municipality;
  if (municipality !== undefined && !isValidAnswer('municipality', municipality)) {
    return fail(
      `unknown --municipality ${shown(municipality)}; allowed: ${MUNICIPALITY_IDS.join(', ')}`,
    );
  }
  const rows = routingMatrix(
    at.instant,
    municipality === undefined ? MUNICIPALITY_IDS : [municipality],
  );
  return {
    stdout: format === 'csv' ? matrixToCsv(rows) : `${matrixToJson(rows)}\n`,
    stderr: '',
    code: 0,
  };
}

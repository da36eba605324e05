/** The `routing-table` command: the routing matrix at one moment, as JSON or CSV. */
import { parseArgs } from 'node:util';
import { parseInstant } from '../machines/helsinkiCalendar';
import { isValidAnswer } from '../machines/decision';
import { matrixToCsv, matrixToJson, routingMatrix } from '../machines/routingMatrix';
import { MUNICIPALITY_IDS } from '../machines/rules';
import type { CommandResult } from './routeCommand';

const FORMATS = ['json', 'csv'] as const;

export function runRoutingTableCommand(argv: string[], now: number): CommandResult {
  const fail = (message: string): CommandResult => ({
    stdout: '',
    stderr: `routing-table: ${message}\n`,
    code: 2,
  });
  let values: { at?: string; municipality?: string; format?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        at: { type: 'string' },
        municipality: { type: 'string' },
        format: { type: 'string' },
      },
    }));
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return fail(`${message}; options: --at, --municipality, --format`);
  }
  let at = now;
  if (values.at !== undefined) {
    const parsed = parseInstant(values.at);
    if (!parsed.ok) return fail(`--at: ${parsed.error}`);
    at = parsed.instant;
  }
  const format = values.format ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format)) {
    return fail(`unknown --format "${format}"; allowed: ${FORMATS.join(', ')}`);
  }
  const municipality = values.municipality;
  if (municipality !== undefined && !isValidAnswer('municipality', municipality)) {
    return fail(
      `unknown --municipality "${municipality}"; allowed: ${MUNICIPALITY_IDS.join(', ')}`,
    );
  }
  const rows = routingMatrix(at, municipality === undefined ? MUNICIPALITY_IDS : [municipality]);
  return {
    stdout: format === 'csv' ? matrixToCsv(rows) : `${matrixToJson(rows)}\n`,
    stderr: '',
    code: 0,
  };
}

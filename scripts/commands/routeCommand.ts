/**
 * The `route` command of docs/SPECIFICATION.md §5, as a function of its arguments, standard input and the
 * current instant, so that tests can run it in-process as well as through `npm run -s route`.
 */
import { isValidAnswer, ANSWER_IDS, QUESTIONS, type Answers, type Question } from '../../machines';
import { routeAnswers, routeJsonOf } from '../../machines/matrix';
import { instantOption, readOptions, refusal, shown, type CommandResult } from './cli';
import { textLines } from './lines';

export type { CommandResult };

const CASE_KEYS = ['at', ...QUESTIONS] as const;
type CaseKey = (typeof CASE_KEYS)[number];
type RawCase = Partial<Record<CaseKey, string>>;

const allowed = (question: Question): string => ANSWER_IDS[question].join(', ');

/** One case to a JSON line, or the reason it cannot be answered. */
export function routeCase(raw: RawCase, now: number): { json: string } | { error: string } {
  const at = instantOption(raw.at, now);
  if ('error' in at) return at;
  const answers: Answers = {};
  for (const question of QUESTIONS) {
    const value = raw[question];
    if (value === undefined) continue;
    if (!isValidAnswer(question, value)) {
      return { error: `unknown --${question} ${shown(value)}; allowed: ${allowed(question)}` };
    }
    Object.assign(answers, { [question]: value });
  }
  if (answers.situation === undefined) {
    return { error: `--situation is required; allowed: ${allowed('situation')}` };
  }
  const result = routeAnswers(at.instant, answers);
  if (!result.ok) {
    return {
      error:
        `--${result.missing} is needed for situation "${answers.situation}"; ` +
        `allowed: ${allowed(result.missing)}`,
    };
  }
  return { json: JSON.stringify(routeJsonOf(result.outcome)) };
}

function batchCase(line: string, now: number): { json: string } | { error: string } {
  // An empty line still gets its answer line, so that output line n answers input line n.
  if (line.trim() === '') return { error: 'blank line; one JSON object a line is expected' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    // Not JSON: `parsed` stays undefined and is refused below, as JSON that is no object is.
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { error: `not a JSON object: ${shown(line)}` };
  }
  const raw: RawCase = {};
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (!(CASE_KEYS as readonly string[]).includes(key)) {
      return { error: `unknown key ${shown(key)}; allowed: ${CASE_KEYS.join(', ')}` };
    }
    if (value === null) continue;
    if (typeof value !== 'string') return { error: `${shown(key)} must be a string` };
    raw[key as CaseKey] = value;
  }
  return routeCase(raw, now);
}

/** One input line of `--batch` to its output line (without the line end). */
function batchLine(line: string, now: number): { text: string; ok: boolean } {
  const result = batchCase(line, now);
  return 'json' in result
    ? { text: result.json, ok: true }
    : { text: JSON.stringify({ error: result.error }), ok: false };
}

/**
 * `--batch` over lines as they arrive: each answer is written before the next line is read, and
 * `write` may wait (a full pipe), so memory stays flat however long the input. Returns the exit
 * code: 1 when any line was bad.
 */
export async function streamBatch(
  lines: AsyncIterable<string>,
  now: number,
  write: (text: string) => Promise<void> | void,
): Promise<number> {
  let code = 0;
  for await (const line of lines) {
    const result = batchLine(line, now);
    if (!result.ok) code = 1;
    await write(`${result.text}\n`);
  }
  return code;
}

/** Reads the options: a refusal or a single answer, or `'batch'` when stdin is to be read. */
export function routeOptions(argv: string[], now: number): CommandResult | 'batch' {
  const fail = (message: string) => refusal('route', message);
  const read = readOptions(argv, {
    batch: { type: 'boolean' },
    ...Object.fromEntries(CASE_KEYS.map((k) => [k, { type: 'string' as const }])),
  });
  if ('error' in read) return fail(read.error);
  const { values } = read;
  if (values.batch === true) {
    if (CASE_KEYS.some((k) => values[k] !== undefined)) {
      return fail('--batch reads its cases from standard input and takes no other option');
    }
    return 'batch';
  }
  const raw: RawCase = {};
  for (const key of CASE_KEYS) {
    const value = values[key];
    // Stryker disable next-line ConditionalExpression: an undefined option reads as left out either way
    if (typeof value === 'string') raw[key] = value;
  }
  const result = routeCase(raw, now);
  if ('error' in result) return fail(result.error);
  return { stdout: `${result.json}\n`, stderr: '', code: 0 };
}

/** The whole command over a standard input given as text (the tests run it in-process). */
export function runRouteCommand(argv: string[], stdin: string, now: number): CommandResult {
  const options = routeOptions(argv, now);
  if (options !== 'batch') return options;
  let stdout = '';
  let code = 0;
  for (const line of textLines(stdin)) {
    const result = batchLine(line, now);
    if (!result.ok) code = 1;
    stdout += `${result.text}\n`;
  }
  return { stdout, stderr: '', code };
}

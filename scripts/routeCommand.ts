/**
 * The `route` command of RULES.md §5, as a function of its arguments, standard input and the
 * current instant, so that tests can run it in-process as well as through `npm run -s route`.
 */
import { isValidAnswer } from '../machines/decision';
import { routeAnswers } from '../machines/routeAnswers';
import { ANSWER_IDS, QUESTIONS, type Answers, type Question } from '../machines/rules';
import { instantOption, readOptions, refusal, type CommandResult } from './cli';

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
      return { error: `unknown --${question} "${value}"; allowed: ${allowed(question)}` };
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
  return { json: JSON.stringify(result.outcome) };
}

function batchLine(line: string, now: number): { json: string } | { error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    // Not JSON at all: refused just below, with JSON that is not an object.
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { error: `not a JSON object: ${line.slice(0, 80)}` };
  }
  const raw: RawCase = {};
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (!(CASE_KEYS as readonly string[]).includes(key)) {
      return { error: `unknown key "${key}"; allowed: ${CASE_KEYS.join(', ')}` };
    }
    if (value === null) continue;
    if (typeof value !== 'string') return { error: `"${key}" must be a string` };
    raw[key as CaseKey] = value;
  }
  return routeCase(raw, now);
}

export function runRouteCommand(argv: string[], stdin: string, now: number): CommandResult {
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
    const lines = stdin.split('\n').filter((line) => line.trim() !== '');
    const results = lines.map((line) => batchLine(line, now));
    return {
      stdout:
        results.map((r) => ('json' in r ? r.json : JSON.stringify({ error: r.error }))).join('\n') +
        (results.length ? '\n' : ''),
      stderr: '',
      code: results.some((r) => 'error' in r) ? 1 : 0,
    };
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

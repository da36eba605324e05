/** What the command-line tools share: their result, their refusals and reading their options. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseInstant } from '../../machines/matrix';

export interface CommandResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** Bad input: one line on stderr, nothing on stdout, exit 2 (docs/SPECIFICATION.md §5). */
export const refusal = (command: string, message: string): CommandResult => ({
  stdout: '',
  stderr: `${command}: ${oneLine(message)}\n`,
  code: 2,
});

const SHOWN_CHARACTERS = 60;
const MESSAGE_CHARACTERS = 400;

/**
 * A value as an error message shows it: quoted, on one line, and cut to a readable length (a
 * megabyte pasted by mistake must not come back whole).
 */
export function shown(value: string): string {
  if (value.length <= SHOWN_CHARACTERS) return JSON.stringify(value);
  return `${JSON.stringify(`${value.slice(0, SHOWN_CHARACTERS)}…`)} (${String(value.length)} characters)`;
}

/** A message on one line and at most a few hundred characters, whatever it quotes. */
function oneLine(message: string): string {
  const flat = message.replace(/[\r\n]+/g, ' ');
  return flat.length <= MESSAGE_CHARACTERS ? flat : `${flat.slice(0, MESSAGE_CHARACTERS)}…`;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Strict option parsing: an unknown option is an error that lists the known ones, and an option
 * given twice is refused rather than silently taking the last value.
 */
export function readOptions(
  argv: string[],
  options: Options,
): { values: Record<string, string | boolean | undefined> } | { error: string } {
  const known = Object.keys(options).map((name) => `--${name}`);
  try {
    const { values, tokens } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options,
      tokens: true,
    });
    const seen = new Set<string>();
    for (const token of tokens) {
      // Stryker disable next-line ConditionalExpression: positionals are refused, so the only other token is one `--`
      if (token.kind !== 'option') continue;
      if (seen.has(token.name)) return { error: `--${token.name} is given more than once` };
      seen.add(token.name);
    }
    return { values: values as Record<string, string | boolean | undefined> };
  } catch (error) {
    // Stryker disable next-line StringLiteral: split() never gives an empty list
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return { error: `${oneLine(message)}; options: ${known.join(', ')}` };
  }
}

/** `--at`: Helsinki time unless it carries an offset; now when it is left out. */
export function instantOption(
  text: string | undefined,
  now: number,
): { instant: number } | { error: string } {
  if (text === undefined) return { instant: now };
  const parsed = parseInstant(text);
  if (parsed.ok) return { instant: parsed.instant };
  // The calendar quotes the value whole; the command shows it cut.
  return { error: `--at: ${parsed.error.split(`"${text}"`).join(shown(text))}` };
}

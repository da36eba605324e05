/** What the command-line tools share: their result, their refusals and reading their options. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseInstant } from '../machines/helsinkiCalendar';

export interface CommandResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** Bad input: one line on stderr, nothing on stdout, exit 2 (RULES.md §5). */
export const refusal = (command: string, message: string): CommandResult => ({
  stdout: '',
  stderr: `${command}: ${message}\n`,
  code: 2,
});

type Options = NonNullable<ParseArgsConfig['options']>;

/** Strict option parsing; an unknown option is an error that lists the known ones. */
export function readOptions(
  argv: string[],
  options: Options,
): { values: Record<string, string | boolean | undefined> } | { error: string } {
  try {
    const { values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options });
    return { values: values as Record<string, string | boolean | undefined> };
  } catch (error) {
    // Stryker disable next-line StringLiteral: split() never gives an empty list
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    const known = Object.keys(options).map((name) => `--${name}`);
    return { error: `${message}; options: ${known.join(', ')}` };
  }
}

/** `--at`: Helsinki time unless it carries an offset; now when it is left out. */
export function instantOption(
  text: string | undefined,
  now: number,
): { instant: number } | { error: string } {
  if (text === undefined) return { instant: now };
  const parsed = parseInstant(text);
  return parsed.ok ? { instant: parsed.instant } : { error: `--at: ${parsed.error}` };
}

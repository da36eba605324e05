/**
 * What the commands share (scripts/commands/cli.ts), at its edges: a refusal is one line of a few
 * hundred characters at most (docs/SPECIFICATION.md §5: "one line on stderr"), and a bad value is
 * shown quoted and cut at 60 characters (issue 11). Expectations written by hand.
 */
import { describe, expect, it } from 'vitest';
import { readOptions, refusal, shown } from '../../scripts/commands/cli';

describe('shown', () => {
  it('quotes a value of up to 60 characters whole', () => {
    const sixty = 'a'.repeat(60);
    expect(shown(sixty)).toBe(`"${sixty}"`);
  });

  it('cuts a value of 61 characters and says how long it was', () => {
    expect(shown('b'.repeat(61))).toBe(`"${'b'.repeat(60)}…" (61 characters)`);
  });
});

describe('refusal', () => {
  it('puts a message of several lines on one, a space where each line break was', () => {
    expect(refusal('route', 'first\nsecond\r\nthird\rfourth').stderr).toBe(
      'route: first second third fourth\n',
    );
  });

  it('keeps a message of 400 characters whole', () => {
    const message = 'm'.repeat(400);
    expect(refusal('route', message).stderr).toBe(`route: ${message}\n`);
  });

  it('cuts a longer message to 400 characters and an ellipsis', () => {
    expect(refusal('route', 'n'.repeat(401)).stderr).toBe(`route: ${'n'.repeat(400)}…\n`);
  });
});

describe('readOptions', () => {
  const options = { at: { type: 'string' }, csv: { type: 'boolean' } } as const;

  it('reads the options, and the end of options is no option given twice', () => {
    expect(readOptions(['--at', '2023-04-11T10:00', '--csv', '--'], options)).toEqual({
      values: { at: '2023-04-11T10:00', csv: true },
    });
  });

  it('refuses an option given twice', () => {
    expect(readOptions(['--csv', '--csv'], options)).toEqual({
      error: '--csv is given more than once',
    });
  });
});

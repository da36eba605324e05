import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runRouteCommand } from '../../scripts/commands/routeCommand';
import { ROUTING_CASES } from '../machines/routingCases';

/** Runs the command exactly as RULES.md §5 writes it: `npm run -s route -- …`. */
function npmRoute(args: string[], stdin = '') {
  const result = spawnSync('npm', ['run', '-s', 'route', '--', ...args], {
    input: stdin,
    encoding: 'utf8',
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

const NOW = Date.UTC(2026, 10, 28, 12, 47);

describe('npm run -s route: the examples of RULES.md §4 and §5, byte for byte', () => {
  it.each([
    [
      '--at 2023-04-11T10:00 --situation elderly-at-home --urgency cannot-wait --municipality forssa',
      '{"contact":"own-municipality","rule":"municipal-office-hours","availableNow":true,"nextOpening":"2023-04-11T10:00:00+03:00","phone":null}',
    ],
    [
      '--at 2023-04-10T10:00 --situation elderly-at-home --urgency cannot-wait --municipality forssa',
      '{"contact":"social-crisis-duty","rule":"after-hours","availableNow":true,"nextOpening":null,"phone":"03 621 7100"}',
    ],
    [
      '--at 2023-04-24T10:00 --situation elderly-at-home --urgency cannot-wait --municipality forssa',
      '{"contact":"social-crisis-duty","rule":"centralised","availableNow":true,"nextOpening":null,"phone":"03 621 7100"}',
    ],
    [
      '--at 2026-12-23T17:00 --situation custody-visitation',
      '{"contact":"district-court","rule":"custody","availableNow":false,"nextOpening":"2026-12-28T08:00:00+02:00","phone":null}',
    ],
    [
      '--situation money --urgency danger-now',
      '{"contact":"emergency-112","rule":"danger","availableNow":true,"nextOpening":null,"phone":"112"}',
    ],
    [
      '--situation crisis --urgency can-wait --municipality outside',
      '{"contact":"other-region-services","rule":"outside-region-can-wait","availableNow":null,"nextOpening":null,"phone":null}',
    ],
    [
      '--situation crisis --urgency cannot-wait --municipality outside',
      '{"contact":"other-region","rule":"outside-region","availableNow":true,"nextOpening":null,"phone":"112"}',
    ],
  ])('%s', (args, expected) => {
    expect(npmRoute(args.split(' '))).toEqual({ stdout: `${expected}\n`, stderr: '', code: 0 });
  });
});

describe('route --batch', () => {
  it('answers the whole hand-written table in one run, in order', () => {
    const stdin = ROUTING_CASES.map((c) => JSON.stringify(c.input)).join('\n');
    const result = npmRoute(['--batch'], stdin);
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(ROUTING_CASES.map((c) => c.expected));
  });

  it('reports a bad line in its place, goes on, and exits 1', () => {
    const stdin = [
      '{"at":"2023-04-11T10:00","situation":"money"}',
      'not json',
      '{"situation":"crisis","urgency":"cannot-wait"}',
      '',
      '{"at":"2023-04-11T16:00","situation":"custody-visitation","municipality":null}',
      '{"situation":"money","colour":"red"}',
      '{"situation":"money","urgency":3}',
    ].join('\n');
    const result = runRouteCommand(['--batch'], stdin, NOW);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(result.code).toBe(1);
    // One output line for each input line, the blank one included.
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatchObject({ contact: 'kela', rule: 'money' });
    expect(lines[1]?.error).toContain('not a JSON object');
    expect(lines[2]?.error).toContain('--municipality is needed');
    expect(lines[3]?.error).toContain('blank line');
    expect(lines[4]).toMatchObject({
      contact: 'district-court',
      nextOpening: '2023-04-12T08:00:00+03:00',
    });
    expect(lines[5]?.error).toContain('unknown key "colour"');
    expect(lines[6]?.error).toContain('must be a string');
  });

  it('refuses options beside --batch', () => {
    expect(runRouteCommand(['--batch', '--situation', 'money'], '', NOW).code).toBe(2);
  });
});

describe('route refuses bad input: one line on stderr naming what is allowed, exit 2, no stdout', () => {
  const base = ['--at', '2023-04-11T10:00'];
  it.each([
    [
      'unknown situation',
      ['--situation', 'fire'],
      ['"fire"', 'child-protection', 'custody-visitation'],
    ],
    ['missing situation', ['--urgency', 'can-wait'], ['--situation is required', 'money']],
    [
      'missing affected',
      ['--situation', 'domestic-violence', '--urgency', 'cannot-wait', '--municipality', 'forssa'],
      ['--affected', 'child-family, adult, elderly, disabled'],
    ],
    [
      'unknown affected',
      ['--situation', 'other-urgent', '--affected', 'cat'],
      ['"cat"', 'child-family'],
    ],
    [
      'missing urgency',
      ['--situation', 'crisis', '--municipality', 'forssa'],
      ['--urgency', 'danger-now, cannot-wait, can-wait'],
    ],
    [
      'missing municipality',
      ['--situation', 'crisis', '--urgency', 'can-wait'],
      ['--municipality', 'forssa', 'outside'],
    ],
    [
      'unknown municipality',
      ['--situation', 'crisis', '--urgency', 'can-wait', '--municipality', 'helsinki'],
      ['"helsinki"', 'hameenlinna', 'ypaja', 'outside'],
    ],
    ['unknown urgency', ['--situation', 'crisis', '--urgency', 'soon'], ['"soon"', 'can-wait']],
    ['unknown option', ['--situaton', 'money'], ['--situaton', '--situation']],
  ])('%s', (_name, args, mentions) => {
    const result = runRouteCommand([...base, ...args], '', NOW);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    for (const text of mentions) expect(result.stderr).toContain(text);
  });

  it.each([
    ['a date before 2023', '2022-12-31T23:00', 'before 2023-01-01'],
    ['the last minute of 2022 in Helsinki, given in UTC', '2022-12-31T21:59Z', 'before 2023-01-01'],
    ['a date after 2099', '2100-01-01T00:00', 'after 2099-12-31 23:59'],
    ['a date far after 2099', '2150-06-01', 'after 2099-12-31 23:59'],
    ['the first minute of 2100 in Helsinki, given in UTC', '2099-12-31T22:00Z', 'after 2099'],
    ['an unparsable date', 'next tuesday', 'cannot read'],
    ['an impossible date', '2023-02-29T10:00', 'no such date'],
  ])('%s', (_name, at, why) => {
    const result = runRouteCommand(['--at', at, '--situation', 'money'], '', NOW);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain(why);
    expect(result.stderr).toContain('YYYY-MM-DD');
    // The message names the supported range on both ends (RULES.md §2).
    expect(result.stderr).toContain('from 2023-01-01 00:00 to 2099-12-31 23:59 Helsinki time');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each(['2023-01-01T00:00', '2099-12-31T23:59', '2099-12-31T23:59:59'])(
    'accepts %s, inside the range',
    (at) => {
      const result = runRouteCommand(['--at', at, '--situation', 'money'], '', NOW);
      expect(result).toMatchObject({ code: 0, stderr: '' });
    },
  );

  it('exits 2 with nothing on stdout as a real process, on both ends of the range', () => {
    const before = npmRoute(['--at', '2022-06-01', '--situation', 'money']);
    expect(before).toMatchObject({ code: 2, stdout: '' });
    expect(before.stderr).toMatch(/^route: .*before 2023-01-01.*2099-12-31 23:59.*\n$/);
    const after = npmRoute(['--at', '2100-01-01T00:00', '--situation', 'money']);
    expect(after).toMatchObject({ code: 2, stdout: '' });
    expect(after.stderr).toMatch(/^route: .*after 2099-12-31 23:59.*from 2023-01-01 00:00.*\n$/);
  });

  it('defaults --at to now', () => {
    const saturdayNight = Date.UTC(2026, 10, 28, 20, 0); // 22:00 in Helsinki
    const result = runRouteCommand(['--situation', 'custody-visitation'], '', saturdayNight);
    expect(JSON.parse(result.stdout)).toMatchObject({
      availableNow: false,
      nextOpening: '2026-11-30T08:00:00+02:00',
    });
  });
});

describe('the route entry point', () => {
  it('is what package.json runs', () => {
    const script = execFileSync('npm', ['pkg', 'get', 'scripts.route'], { encoding: 'utf8' });
    expect(script).toContain('scripts/commands/route.ts');
  });
});

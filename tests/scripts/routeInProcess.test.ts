/**
 * The `route` command of RULES.md §5 run in-process (runRouteCommand), so that a mutation run sees
 * the active mutant: tests/scripts/routeCommand.test.ts runs the same as a real process too.
 * Expected output is written by hand from RULES.md §4–§5.
 */
import { describe, expect, it } from 'vitest';
import { refusal } from '../../scripts/commands/cli';
import { routeCase, runRouteCommand } from '../../scripts/commands/routeCommand';
import { runRoutingTableCommand } from '../../scripts/commands/routingTableCommand';
import { ROUTING_CASES } from '../machines/routingCases';

const NOW = Date.UTC(2026, 10, 28, 12, 47); // Sat 28.11.2026 14:47 Helsinki

const ACCEPTED =
  'accepted: YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS, in Helsinki time, or with an ' +
  'offset (Z, +02:00, -0500), from 2023-01-01 00:00 to 2099-12-31 23:59 Helsinki time';

describe('route, in-process: the examples of RULES.md §4 and §5, byte for byte', () => {
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
      '--at 2023-04-11T16:00:30 --situation other-urgent --affected adult --urgency cannot-wait --municipality loppi',
      '{"contact":"social-crisis-duty","rule":"after-hours","availableNow":true,"nextOpening":null,"phone":"03 621 7100"}',
    ],
    [
      '--at 2023-04-11T15:59:59 --situation other-urgent --affected elderly --urgency cannot-wait --municipality loppi',
      '{"contact":"own-municipality","rule":"municipal-office-hours","availableNow":true,"nextOpening":"2023-04-11T15:59:59+03:00","phone":null}',
    ],
    [
      '--situation crisis --urgency cannot-wait --municipality outside',
      '{"contact":"other-region","rule":"outside-region","availableNow":true,"nextOpening":null,"phone":"112"}',
    ],
  ])('%s', (args, expected) => {
    expect(runRouteCommand(args.split(' '), '', NOW)).toEqual({
      stdout: `${expected}\n`,
      stderr: '',
      code: 0,
    });
  });

  it('answers the whole hand-written table in one --batch run, in order', () => {
    const stdin = ROUTING_CASES.map((c) => JSON.stringify(c.input)).join('\n');
    const result = runRouteCommand(['--batch'], `${stdin}\n`, NOW);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.endsWith('}\n')).toBe(true);
    expect(
      result.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(ROUTING_CASES.map((c) => c.expected));
  });

  it('prints nothing for an empty batch and exits 0', () => {
    expect(runRouteCommand(['--batch'], '', NOW)).toEqual({ stdout: '', stderr: '', code: 0 });
  });

  it('answers a blank line with an error line, so that outputs stay aligned with inputs', () => {
    const blank = '{"error":"blank line; one JSON object a line is expected"}\n';
    expect(runRouteCommand(['--batch'], '\n  \n', NOW)).toEqual({
      stdout: blank + blank,
      stderr: '',
      code: 1,
    });
  });
});

describe('route --batch: a bad line prints {"error":…} in its place', () => {
  it.each([
    // The line is quoted in the message (issue 11: bad values shown quoted and cut).
    ['not json', 'not a JSON object: "not json"'],
    ['[1,2]', 'not a JSON object: "[1,2]"'],
    ['"money"', 'not a JSON object: "\\"money\\""'],
    ['null', 'not a JSON object: "null"'],
    [
      '{"situation":"money","colour":"red"}',
      'unknown key "colour"; allowed: at, situation, affected, urgency, municipality',
    ],
    ['{"situation":"money","urgency":3}', '"urgency" must be a string'],
    [
      '{"situation":"fire"}',
      'unknown --situation "fire"; allowed: child-protection, minor-substance-crime, domestic-violence, crisis, elderly-at-home, disability, other-urgent, authority-consultation, money, custody-visitation',
    ],
    [
      '{"at":"2022-01-01","situation":"money"}',
      `--at: "2022-01-01" is before 2023-01-01, outside the supported range; ${ACCEPTED}`,
    ],
  ])('%s', (line, error) => {
    const result = runRouteCommand(['--batch'], `{"situation":"money"}\n${line}\n`, NOW);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      '{"contact":"kela","rule":"money","availableNow":null,"nextOpening":null,"phone":null}\n' +
        `${JSON.stringify({ error })}\n`,
    );
  });

  it('cuts a long bad line to 60 characters in the message, and says how long it was', () => {
    const line = `x${'y'.repeat(100)}`;
    const result = runRouteCommand(['--batch'], line, NOW);
    expect(JSON.parse(result.stdout)).toEqual({
      error: `not a JSON object: "${line.slice(0, 60)}…" (101 characters)`,
    });
  });

  it('cuts a long line that is JSON but not an object too', () => {
    const line = `[${'1,'.repeat(60)}1]`;
    const result = runRouteCommand(['--batch'], line, NOW);
    expect(JSON.parse(result.stdout)).toEqual({
      error: `not a JSON object: "${line.slice(0, 60)}…" (123 characters)`,
    });
  });

  it('treats a null value as left out', () => {
    const result = runRouteCommand(
      ['--batch'],
      '{"at":"2023-04-11T16:00","situation":"custody-visitation","urgency":null}',
      NOW,
    );
    expect(result.stdout).toBe(
      '{"contact":"district-court","rule":"custody","availableNow":false,"nextOpening":"2023-04-12T08:00:00+03:00","phone":null}\n',
    );
  });
});

describe('route refuses bad input: exactly one line on stderr, exit 2, nothing on stdout', () => {
  it.each([
    [
      ['--situation', 'fire'],
      'unknown --situation "fire"; allowed: child-protection, minor-substance-crime, domestic-violence, crisis, elderly-at-home, disability, other-urgent, authority-consultation, money, custody-visitation',
    ],
    [
      ['--urgency', 'can-wait'],
      '--situation is required; allowed: child-protection, minor-substance-crime, domestic-violence, crisis, elderly-at-home, disability, other-urgent, authority-consultation, money, custody-visitation',
    ],
    [
      ['--situation', 'crisis', '--urgency', 'soon'],
      'unknown --urgency "soon"; allowed: danger-now, cannot-wait, can-wait',
    ],
    [
      ['--situation', 'crisis', '--urgency', 'can-wait'],
      '--municipality is needed for situation "crisis"; allowed: forssa, hattula, hausjarvi, humppila, hameenlinna, janakkala, jokioinen, loppi, riihimaki, tammela, ypaja, outside',
    ],
    [
      ['--situation', 'domestic-violence', '--urgency', 'cannot-wait', '--municipality', 'forssa'],
      '--affected is needed for situation "domestic-violence"; allowed: child-family, adult, elderly, disabled',
    ],
    [
      ['--situation', 'other-urgent', '--affected', 'cat'],
      'unknown --affected "cat"; allowed: child-family, adult, elderly, disabled',
    ],
    [['--at', 'soon', '--situation', 'money'], `--at: cannot read the date "soon"; ${ACCEPTED}`],
    [
      ['--batch', '--situation', 'money'],
      '--batch reads its cases from standard input and takes no other option',
    ],
    [
      ['--batch', '--at', '2023-04-11'],
      '--batch reads its cases from standard input and takes no other option',
    ],
  ])('%j', (argv, message) => {
    expect(runRouteCommand(argv, '', NOW)).toEqual({
      stdout: '',
      stderr: `route: ${message}\n`,
      code: 2,
    });
  });

  it('names the known options when one is unknown', () => {
    const result = runRouteCommand(['--situaton', 'money'], '', NOW);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^route: .*'--situaton'.*; options: --batch, --at, --situation, --affected, --urgency, --municipality\n$/,
    );
  });

  it('refuses a positional argument', () => {
    const result = runRouteCommand(['money'], '', NOW);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^route: .*; options: --batch/);
  });

  it('uses now when --at is left out', () => {
    expect(routeCase({ situation: 'custody-visitation' }, NOW)).toEqual({
      json: '{"contact":"district-court","rule":"custody","availableNow":false,"nextOpening":"2026-11-30T08:00:00+02:00","phone":null}',
    });
  });

  it('refusal: one line, exit 2, nothing on stdout', () => {
    expect(refusal('x', 'bad')).toEqual({ stdout: '', stderr: 'x: bad\n', code: 2 });
  });
});

describe('routing-table, in-process', () => {
  it('prints a JSON array, ending with a newline', () => {
    const result = runRoutingTableCommand(
      ['--at', '2023-04-11T10:00', '--municipality', 'loppi'],
      NOW,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.startsWith('[\n  {\n    "situation": "child-protection",')).toBe(true);
    expect(result.stdout.endsWith('\n  }\n]\n')).toBe(true);
  });

  it('prints CSV with a BOM, 576 rows for the whole region and beyond, CRLF', () => {
    const csv = runRoutingTableCommand(['--at', '2023-04-11T10:00', '--format', 'csv'], NOW).stdout;
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFsituation;affected;urgency;municipality;contact;rule;availableNow;nextOpening;phone',
    );
    expect(lines).toHaveLength(1 + 576 + 1);
    expect(lines.at(-1)).toBe('');
    expect(lines).toContain(
      'elderly-at-home;;cannot-wait;forssa;own-municipality;municipal-office-hours;true;2023-04-11T10:00:00+03:00;',
    );
    expect(lines).toContain(
      'domestic-violence;adult;cannot-wait;ypaja;social-crisis-duty;centralised;true;;03 621 7100',
    );
    expect(lines).toContain('money;;danger-now;outside;emergency-112;danger;true;;112');
  });

  it('uses now when --at is left out', () => {
    const rows = JSON.parse(runRoutingTableCommand(['--municipality', 'forssa'], NOW).stdout) as {
      situation: string;
      urgency: string;
      nextOpening: string | null;
    }[];
    expect(
      rows.find((r) => r.situation === 'custody-visitation' && r.urgency === 'can-wait')
        ?.nextOpening,
    ).toBe('2026-11-30T08:00:00+02:00');
  });

  it.each([
    [['--at', 'soon'], `--at: cannot read the date "soon"; ${ACCEPTED}`],
    [
      ['--municipality', 'tampere'],
      'unknown --municipality "tampere"; allowed: forssa, hattula, hausjarvi, humppila, hameenlinna, janakkala, jokioinen, loppi, riihimaki, tammela, ypaja, outside',
    ],
    [['--format', 'xml'], 'unknown --format "xml"; allowed: json, csv'],
  ])('refuses %j', (argv, message) => {
    expect(runRoutingTableCommand(argv, NOW)).toEqual({
      stdout: '',
      stderr: `routing-table: ${message}\n`,
      code: 2,
    });
  });

  it('names the known options when one is unknown', () => {
    expect(runRoutingTableCommand(['--colour'], NOW).stderr).toMatch(
      /^routing-table: .*; options: --at, --municipality, --format\n$/,
    );
  });
});

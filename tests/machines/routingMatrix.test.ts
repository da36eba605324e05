import { describe, expect, it } from 'vitest';
import { routeAnswers } from '../../machines/routeAnswers';
import { routeJsonOf } from '../../machines/routeJson';
import {
  describeRow,
  MATRIX_COLUMNS,
  matrixToCsv,
  matrixToJson,
  routingMatrix,
} from '../../machines/routingMatrix';
import { MUNICIPALITY_IDS } from '../../machines/rules';
import { runRoutingTableCommand } from '../../scripts/commands/routingTableCommand';
import { instantOf as at } from './instant';

/** A minimal RFC 4180 reader with `;` as the delimiter, to read the CSV back. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text.charAt(i + 1) === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('the routing matrix', () => {
  it.each(['2023-03-10T10:00', '2023-04-11T10:00', '2023-04-24T20:00', '2026-12-24T12:00'])(
    'cross-check (the hand-written matrices are in matrixByHand.test.ts): at %s, row by row, what the machine answers case by case',
    (moment) => {
      const rows = routingMatrix(at(moment));
      expect(rows).toHaveLength(MUNICIPALITY_IDS.length * (8 * 3 + 2 * 4 * 3));
      for (const row of rows) {
        const { situation, affected, urgency, municipality, ...outcome } = row;
        const result = routeAnswers(at(moment), {
          situation,
          urgency,
          municipality,
          ...(affected ? { affected } : {}),
        });
        expect(result.ok && routeJsonOf(result.outcome)).toEqual(outcome);
      }
    },
  );

  // Hand-written from RULES.md: one moment in each phase, office hours, Forssa.
  const pick = (moment: string, key: string) => {
    const row = routingMatrix(at(moment), ['forssa']).find(
      (r) => `${r.situation}/${r.affected ?? '-'}/${r.urgency}` === key,
    );
    return row && `${row.contact} ${row.rule}`;
  };
  it.each([
    [
      '2023-03-10T10:00',
      'child-protection/-/cannot-wait',
      'own-municipality municipal-office-hours',
    ],
    ['2023-03-10T10:00', 'crisis/-/can-wait', 'social-crisis-duty crisis'],
    ['2023-03-10T10:00', 'money/-/cannot-wait', 'kela money'],
    ['2023-03-13T10:00', 'child-protection/-/cannot-wait', 'social-crisis-duty centralised'],
    [
      '2023-03-13T10:00',
      'other-urgent/adult/cannot-wait',
      'own-municipality municipal-office-hours',
    ],
    ['2023-04-03T10:00', 'other-urgent/adult/cannot-wait', 'social-crisis-duty centralised'],
    [
      '2023-04-03T10:00',
      'elderly-at-home/-/cannot-wait',
      'own-municipality municipal-office-hours',
    ],
    ['2023-04-24T10:00', 'elderly-at-home/-/cannot-wait', 'social-crisis-duty centralised'],
    [
      '2023-04-24T10:00',
      'domestic-violence/disabled/cannot-wait',
      'social-crisis-duty centralised',
    ],
    ['2023-04-24T10:00', 'disability/-/can-wait', 'own-municipality can-wait'],
    ['2023-04-24T10:00', 'custody-visitation/-/danger-now', 'emergency-112 danger'],
    ['2023-04-24T10:00', 'authority-consultation/-/can-wait', 'social-crisis-duty consultation'],
  ])('at %s, %s is %s', (moment, key, expected) => {
    expect(pick(moment, key)).toBe(expected);
  });
});

describe('describeRow', () => {
  // Hand-written from docs/SPECIFICATION.md §1–§3 and §6: Tue 11.4.2023 10:00 is in office hours,
  // before the elderly domain's phase (24.4.2023).
  const moment = at('2023-04-11T10:00');
  const row = (key: string) => {
    const found = routingMatrix(moment, ['hameenlinna']).find(
      (r) => `${r.situation}/${r.affected ?? '-'}/${r.urgency}` === key,
    );
    if (!found) throw new Error(`no row ${key}`);
    return found;
  };

  it("describes the row's own answers: its municipality, its situation's lines, its affected's phase", () => {
    const outcome = describeRow(row('domestic-violence/elderly/cannot-wait'), moment);
    expect(outcome.rule).toBe('municipal-office-hours');
    expect(outcome.municipality).toBe('hameenlinna');
    // Nollalinja fits domestic violence (§6).
    expect(outcome.helplines.map((h) => h.phone)).toEqual(['080 005 005']);
    // Who is affected gives the domain, and the domain the phase (§1, §2).
    expect(outcome.phase).toEqual({ domain: 'elderly', from: '2023-04-24', sourceText: '24.4.' });
  });

  it('takes the phase from the situation where that gives the domain, and none for crisis', () => {
    expect(describeRow(row('elderly-at-home/-/cannot-wait'), moment).phase?.domain).toBe('elderly');
    expect(describeRow(row('crisis/-/cannot-wait'), moment).phase).toBeNull();
  });
});

describe('CSV and JSON', () => {
  const rows = routingMatrix(at('2023-04-11T10:00'), ['forssa', 'outside']);

  it('reads back as written: BOM, header, `;` between fields, CRLF, one line a row', () => {
    const csv = matrixToCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const table = readCsv(csv.slice(1));
    expect(table[0]).toEqual([...MATRIX_COLUMNS]);
    expect(table).toHaveLength(rows.length + 1);
    const forssaElderly = table.find((r) => r[0] === 'elderly-at-home' && r[2] === 'cannot-wait');
    expect(forssaElderly).toEqual([
      'elderly-at-home',
      '',
      'cannot-wait',
      'forssa',
      'own-municipality',
      'municipal-office-hours',
      'true',
      '2023-04-11T10:00:00+03:00',
      '',
    ]);
    expect(table.find((r) => r[5] === 'centralised')?.[8]).toBe('03 621 7100');
  });

  it('quotes a field that holds the delimiter or a quote', () => {
    const row = { ...rows[0], phone: 'a;b "c"' } as (typeof rows)[number];
    expect(readCsv(matrixToCsv([row]).slice(1))[1]?.[8]).toBe('a;b "c"');
  });

  it('gives JSON objects with the documented keys, affected null where not asked', () => {
    const json = JSON.parse(matrixToJson(rows)) as Record<string, unknown>[];
    expect(Object.keys(json[0] ?? {})).toEqual([...MATRIX_COLUMNS]);
    expect(json[0]?.affected).toBeNull();
    expect(json.some((r) => r.affected === 'adult')).toBe(true);
  });
});

describe('the routing-table command', () => {
  const NOW = Date.UTC(2026, 10, 28, 12, 47);

  it('answers the staff question of issue 4 the same way as the route command', () => {
    const result = runRoutingTableCommand(
      ['--at', '2023-04-11T10:00', '--municipality', 'forssa', '--format', 'json'],
      NOW,
    );
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(48);
    expect(
      rows.find((r) => r.situation === 'elderly-at-home' && r.urgency === 'cannot-wait'),
    ).toEqual({
      situation: 'elderly-at-home',
      affected: null,
      urgency: 'cannot-wait',
      municipality: 'forssa',
      contact: 'own-municipality',
      rule: 'municipal-office-hours',
      availableNow: true,
      nextOpening: '2023-04-11T10:00:00+03:00',
      phone: null,
    });
  });

  it('prints every municipality without --municipality, and CSV on request', () => {
    const json = runRoutingTableCommand(['--at', '2023-04-11T10:00'], NOW);
    expect(JSON.parse(json.stdout)).toHaveLength(576);
    const csv = runRoutingTableCommand(['--at', '2023-04-11T10:00', '--format', 'csv'], NOW);
    const lines = csv.stdout.split('\r\n');
    expect(lines).toHaveLength(1 + 576 + 1);
    expect(lines[1]).toBe('child-protection;;danger-now;forssa;emergency-112;danger;true;;112');
    expect(lines).toContain(
      'custody-visitation;;can-wait;ypaja;district-court;custody;true;2023-04-11T10:00:00+03:00;',
    );
  });

  it.each([
    [['--at', '2022-05-05'], 'before 2023-01-01'],
    [['--at', 'soon'], 'cannot read'],
    [['--municipality', 'tampere'], 'allowed: forssa'],
    [['--format', 'xml'], 'allowed: json, csv'],
    [['--color'], '--municipality'],
  ])('refuses %j with a clear message and exit 2', (argv, message) => {
    const result = runRoutingTableCommand(argv, NOW);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain(message);
  });
});

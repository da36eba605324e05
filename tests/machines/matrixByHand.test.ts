/**
 * The routing matrix of Forssa at moments on either side of the phases, every row written out by
 * hand from RULES.md §2–§3 (not built with the machine). `outside` is checked for the rows whose
 * answer does not depend on the version of the rules (no `can-wait` there).
 */
import { describe, expect, it } from 'vitest';
import { matrixToCsv, matrixToJson, routingMatrix } from '../../machines/routingMatrix';

const rowsAt = (instant: number, municipality: 'forssa' | 'outside') =>
  routingMatrix(instant, [municipality]).map(
    (r) => `${r.situation} ${r.affected ?? '-'} ${r.urgency}: ${r.contact} ${r.rule}`,
  );

// Mon 3.4.2023 10:00 (UTC+3): office hours; family and social centralised, elderly and
// disability not yet (24.4.).
const APRIL_3 = `
child-protection - danger-now: emergency-112 danger
child-protection - cannot-wait: social-crisis-duty centralised
child-protection - can-wait: own-municipality can-wait
minor-substance-crime - danger-now: emergency-112 danger
minor-substance-crime - cannot-wait: social-crisis-duty centralised
minor-substance-crime - can-wait: own-municipality can-wait
domestic-violence child-family danger-now: emergency-112 danger
domestic-violence child-family cannot-wait: social-crisis-duty centralised
domestic-violence child-family can-wait: own-municipality can-wait
domestic-violence adult danger-now: emergency-112 danger
domestic-violence adult cannot-wait: social-crisis-duty centralised
domestic-violence adult can-wait: own-municipality can-wait
domestic-violence elderly danger-now: emergency-112 danger
domestic-violence elderly cannot-wait: own-municipality municipal-office-hours
domestic-violence elderly can-wait: own-municipality can-wait
domestic-violence disabled danger-now: emergency-112 danger
domestic-violence disabled cannot-wait: own-municipality municipal-office-hours
domestic-violence disabled can-wait: own-municipality can-wait
crisis - danger-now: emergency-112 danger
crisis - cannot-wait: social-crisis-duty crisis
crisis - can-wait: social-crisis-duty crisis
elderly-at-home - danger-now: emergency-112 danger
elderly-at-home - cannot-wait: own-municipality municipal-office-hours
elderly-at-home - can-wait: own-municipality can-wait
disability - danger-now: emergency-112 danger
disability - cannot-wait: own-municipality municipal-office-hours
disability - can-wait: own-municipality can-wait
other-urgent child-family danger-now: emergency-112 danger
other-urgent child-family cannot-wait: social-crisis-duty centralised
other-urgent child-family can-wait: own-municipality can-wait
other-urgent adult danger-now: emergency-112 danger
other-urgent adult cannot-wait: social-crisis-duty centralised
other-urgent adult can-wait: own-municipality can-wait
other-urgent elderly danger-now: emergency-112 danger
other-urgent elderly cannot-wait: own-municipality municipal-office-hours
other-urgent elderly can-wait: own-municipality can-wait
other-urgent disabled danger-now: emergency-112 danger
other-urgent disabled cannot-wait: own-municipality municipal-office-hours
other-urgent disabled can-wait: own-municipality can-wait
authority-consultation - danger-now: emergency-112 danger
authority-consultation - cannot-wait: social-crisis-duty consultation
authority-consultation - can-wait: social-crisis-duty consultation
money - danger-now: emergency-112 danger
money - cannot-wait: kela money
money - can-wait: kela money
custody-visitation - danger-now: emergency-112 danger
custody-visitation - cannot-wait: district-court custody
custody-visitation - can-wait: district-court custody`;

// Mon 24.4.2023 20:00 (UTC+3): everything centralised, but outside office hours.
const APRIL_24_EVENING = `
child-protection - danger-now: emergency-112 danger
child-protection - cannot-wait: social-crisis-duty after-hours
child-protection - can-wait: own-municipality can-wait
minor-substance-crime - danger-now: emergency-112 danger
minor-substance-crime - cannot-wait: social-crisis-duty after-hours
minor-substance-crime - can-wait: own-municipality can-wait
domestic-violence child-family danger-now: emergency-112 danger
domestic-violence child-family cannot-wait: social-crisis-duty after-hours
domestic-violence child-family can-wait: own-municipality can-wait
domestic-violence adult danger-now: emergency-112 danger
domestic-violence adult cannot-wait: social-crisis-duty after-hours
domestic-violence adult can-wait: own-municipality can-wait
domestic-violence elderly danger-now: emergency-112 danger
domestic-violence elderly cannot-wait: social-crisis-duty after-hours
domestic-violence elderly can-wait: own-municipality can-wait
domestic-violence disabled danger-now: emergency-112 danger
domestic-violence disabled cannot-wait: social-crisis-duty after-hours
domestic-violence disabled can-wait: own-municipality can-wait
crisis - danger-now: emergency-112 danger
crisis - cannot-wait: social-crisis-duty crisis
crisis - can-wait: social-crisis-duty crisis
elderly-at-home - danger-now: emergency-112 danger
elderly-at-home - cannot-wait: social-crisis-duty after-hours
elderly-at-home - can-wait: own-municipality can-wait
disability - danger-now: emergency-112 danger
disability - cannot-wait: social-crisis-duty after-hours
disability - can-wait: own-municipality can-wait
other-urgent child-family danger-now: emergency-112 danger
other-urgent child-family cannot-wait: social-crisis-duty after-hours
other-urgent child-family can-wait: own-municipality can-wait
other-urgent adult danger-now: emergency-112 danger
other-urgent adult cannot-wait: social-crisis-duty after-hours
other-urgent adult can-wait: own-municipality can-wait
other-urgent elderly danger-now: emergency-112 danger
other-urgent elderly cannot-wait: social-crisis-duty after-hours
other-urgent elderly can-wait: own-municipality can-wait
other-urgent disabled danger-now: emergency-112 danger
other-urgent disabled cannot-wait: social-crisis-duty after-hours
other-urgent disabled can-wait: own-municipality can-wait
authority-consultation - danger-now: emergency-112 danger
authority-consultation - cannot-wait: social-crisis-duty consultation
authority-consultation - can-wait: social-crisis-duty consultation
money - danger-now: emergency-112 danger
money - cannot-wait: kela money
money - can-wait: kela money
custody-visitation - danger-now: emergency-112 danger
custody-visitation - cannot-wait: district-court custody
custody-visitation - can-wait: district-court custody`;

const lines = (table: string) => table.trim().split('\n');

describe('the routing matrix, by hand', () => {
  it('Forssa, Mon 3.4.2023 10:00: families and adults centralised, older people not yet', () => {
    expect(rowsAt(Date.UTC(2023, 3, 3, 7, 0), 'forssa')).toEqual(lines(APRIL_3));
  });

  it('Forssa, Mon 24.4.2023 20:00: outside office hours', () => {
    expect(rowsAt(Date.UTC(2023, 3, 24, 17, 0), 'forssa')).toEqual(lines(APRIL_24_EVENING));
  });

  it('Forssa, Fri 10.3.2023 15:59:59 and 16:00:30: the municipality, then the duty line', () => {
    const before = rowsAt(Date.UTC(2023, 2, 10, 13, 59, 59), 'forssa');
    const after = rowsAt(Date.UTC(2023, 2, 10, 14, 0, 30), 'forssa');
    expect(before).toContain(
      'child-protection - cannot-wait: own-municipality municipal-office-hours',
    );
    expect(after).toContain('child-protection - cannot-wait: social-crisis-duty after-hours');
  });

  it('outside the region: 112, Kela, the court, or the other region — never the duty line', () => {
    const rows = rowsAt(Date.UTC(2023, 3, 3, 7, 0), 'outside').filter(
      (r) => !r.includes(' can-wait:'),
    );
    expect(rows).toHaveLength(32);
    for (const row of rows) {
      const [situation, , urgency] = row.split(/[ :]+/);
      const expected =
        urgency === 'danger-now'
          ? 'emergency-112 danger'
          : situation === 'money'
            ? 'kela money'
            : situation === 'custody-visitation'
              ? 'district-court custody'
              : 'other-region outside-region';
      expect(row.endsWith(`: ${expected}`), row).toBe(true);
    }
  });
});

describe('CSV, by hand', () => {
  const row = {
    situation: 'money',
    affected: null,
    urgency: 'can-wait',
    municipality: 'forssa',
    contact: 'kela',
    rule: 'money',
    availableNow: null,
    nextOpening: null,
    phone: null,
  } as const;

  it('writes a BOM, the header, `;` between fields, CRLF after every line', () => {
    expect(matrixToCsv([row])).toBe(
      '\uFEFFsituation;affected;urgency;municipality;contact;rule;availableNow;nextOpening;phone\r\n' +
        'money;;can-wait;forssa;kela;money;;;\r\n',
    );
    expect(matrixToCsv([])).toBe(
      '\uFEFFsituation;affected;urgency;municipality;contact;rule;availableNow;nextOpening;phone\r\n',
    );
  });

  it.each([
    ['03 621 7100', '03 621 7100'],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['two\nlines', '"two\nlines"'],
    ['two\rlines', '"two\rlines"'],
    ['comma, kept', 'comma, kept'],
  ])('quotes %j as %j, and only where needed', (phone, field) => {
    const csv = matrixToCsv([{ ...row, phone }]);
    expect(csv.split('\r\n')[1]).toBe(`money;;can-wait;forssa;kela;money;;;${field}`);
  });

  it('writes booleans and the opening time as they are', () => {
    const csv = matrixToCsv([
      { ...row, availableNow: false, nextOpening: '2023-04-12T08:00:00+03:00' },
      { ...row, availableNow: true },
    ]);
    expect(csv.split('\r\n').slice(1, 3)).toEqual([
      'money;;can-wait;forssa;kela;money;false;2023-04-12T08:00:00+03:00;',
      'money;;can-wait;forssa;kela;money;true;;',
    ]);
  });

  it('writes JSON with the columns in order, two-space indented', () => {
    expect(matrixToJson([row])).toBe(
      '[\n  {\n    "situation": "money",\n    "affected": null,\n    "urgency": "can-wait",\n' +
        '    "municipality": "forssa",\n    "contact": "kela",\n    "rule": "money",\n' +
        '    "availableNow": null,\n    "nextOpening": null,\n    "phone": null\n  }\n]',
    );
  });
});

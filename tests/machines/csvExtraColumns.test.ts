import { describe, expect, it } from 'vitest';
import { matrixToCsv, type MatrixRow } from '../../machines/routingMatrix';

const row: MatrixRow = {
  situation: 'money',
  affected: null,
  urgency: 'can-wait',
  municipality: 'forssa',
  contact: 'kela',
  rule: 'money',
  availableNow: null,
  nextOpening: null,
  phone: null,
};

describe('the staff CSV: the ids, then columns of words', () => {
  it('appends the extra columns after the ids, quoting what needs it', () => {
    const csv = matrixToCsv([row], {
      headers: ['at', 'contactText'],
      values: () => ['2023-04-11T10:00:00+03:00', 'Kela; "FPA"'],
    });
    expect(csv).toBe(
      '\uFEFFsituation;affected;urgency;municipality;contact;rule;availableNow;nextOpening;phone;at;contactText\r\n' +
        'money;;can-wait;forssa;kela;money;;;;2023-04-11T10:00:00+03:00;"Kela; ""FPA"""\r\n',
    );
  });

  it('without extra columns is the routing-table command file', () => {
    expect(matrixToCsv([row])).toBe(
      '\uFEFFsituation;affected;urgency;municipality;contact;rule;availableNow;nextOpening;phone\r\n' +
        'money;;can-wait;forssa;kela;money;;;\r\n',
    );
  });
});

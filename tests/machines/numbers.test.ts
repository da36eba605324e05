/**
 * Every phone number of RULES.md exactly where it belongs (§1, §5, §6), written out by hand: an
 * allowed number in the wrong place fails here, and so does a short number (112, 116 111) that
 * changes or goes missing.
 */
import { describe, expect, it } from 'vitest';
import { outcomeOf } from '../../machines/routeJson';
import { CONTACTS, HELPLINES, SITUATION_IDS } from '../../machines/rules';

/** RULES.md §6: which national lines fit which situation, with the number shown and dialled. */
const LINES_BY_SITUATION: Record<string, [string, string][]> = {
  'child-protection': [['116 111', '116111']],
  'minor-substance-crime': [['116 111', '116111']],
  'domestic-violence': [['080 005 005', '+35880005005']],
  crisis: [['09 2525 0111', '+358925250111']],
  'elderly-at-home': [],
  disability: [],
  'other-urgent': [],
  'authority-consultation': [],
  money: [],
  'custody-visitation': [],
};

describe('national helplines (RULES.md §6)', () => {
  it.each(SITUATION_IDS)('%s offers exactly its own lines', (situation) => {
    const offered = HELPLINES.filter((h) => (h.fits as readonly string[]).includes(situation)).map(
      (h) => [h.phone, h.tel],
    );
    expect(offered).toEqual(LINES_BY_SITUATION[situation]);
  });

  it('names each line by its id', () => {
    expect(HELPLINES.map((h) => [h.id, h.phone])).toEqual([
      ['nollalinja', '080 005 005'],
      ['mieli-crisis-line', '09 2525 0111'],
      ['mll-children', '116 111'],
    ]);
  });
});

describe('the contacts’ numbers (RULES.md §1, §5)', () => {
  it.each([
    ['emergency-112', '112', '112'],
    ['social-crisis-duty', '03 621 7100', '+35836217100'],
    ['other-region', '112', '112'],
    ['own-municipality', null, null],
    ['kela', null, null],
    ['district-court', null, null],
  ] as const)('%s: %s (tel:%s)', (contact, phone, tel) => {
    expect(CONTACTS[contact].phone).toBe(phone);
    expect(CONTACTS[contact].tel).toBe(tel);
  });

  it.each([
    ['danger', 'emergency-112', '112', true],
    ['outside-region', 'other-region', '112', true],
    ['consultation', 'social-crisis-duty', '03 621 7100', true],
    ['crisis', 'social-crisis-duty', '03 621 7100', true],
    ['after-hours', 'social-crisis-duty', '03 621 7100', true],
    ['centralised', 'social-crisis-duty', '03 621 7100', true],
    ['money', 'kela', null, null],
  ] as const)('rule %s → %s, phone %s, available now %s', (rule, contact, phone, available) => {
    // Sunday 16.4.2023 03:00 Helsinki: no office is open.
    expect(outcomeOf(rule, Date.UTC(2023, 3, 16, 0, 0))).toEqual({
      contact,
      rule,
      availableNow: available,
      nextOpening: null,
      phone,
    });
  });

  it.each([
    ['custody', 'district-court'],
    ['can-wait', 'own-municipality'],
    ['municipal-office-hours', 'own-municipality'],
  ] as const)('rule %s → %s: no phone, office hours', (rule, contact) => {
    expect(outcomeOf(rule, Date.UTC(2023, 3, 16, 0, 0))).toEqual({
      contact,
      rule,
      availableNow: false,
      nextOpening: '2023-04-17T08:00:00+03:00',
      phone: null,
    });
    expect(outcomeOf(rule, Date.UTC(2023, 3, 17, 5, 0))).toEqual({
      contact,
      rule,
      availableNow: true,
      nextOpening: '2023-04-17T08:00:00+03:00',
      phone: null,
    });
  });
});

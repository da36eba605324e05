import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { domainOf, notesOf } from '../../machines/decision';
import {
  ASSUMPTIONS,
  CONTACTS,
  DECISION_TABLE,
  HELPLINES,
  HOLIDAYS_PROVENANCE,
  MUNICIPALITIES_SOURCE,
  MUNICIPALITY_IDS,
  PHASES,
  SITUATIONS,
  SUPPORTED_RANGE,
  WEBSITES,
} from '../../machines/rules';

/** RULES.md §1, copied by hand: situation → domain (`affected` gives it for two of them). */
const DOMAINS = {
  'child-protection': 'family',
  'minor-substance-crime': 'family',
  crisis: 'crisis',
  'elderly-at-home': 'elderly',
  disability: 'disability',
  'authority-consultation': null,
  money: null,
  'custody-visitation': null,
};

describe('the rules as data match RULES.md', () => {
  it('has the eleven municipalities of S2 and outside', () => {
    expect(MUNICIPALITY_IDS).toEqual([
      'forssa',
      'hattula',
      'hausjarvi',
      'humppila',
      'hameenlinna',
      'janakkala',
      'jokioinen',
      'loppi',
      'riihimaki',
      'tammela',
      'ypaja',
      'outside',
    ]);
    expect(MUNICIPALITIES_SOURCE).toEqual({ sources: ['S2'] });
  });

  it('rests the holidays on the assumption of §2 (S9)', () => {
    expect(HOLIDAYS_PROVENANCE).toEqual({ sources: ['S9'], assumptions: ['holidays'] });
  });

  it.each(Object.entries(DOMAINS))('%s is in the domain %s', (situation, domain) => {
    expect(domainOf({ situation: situation as never })).toBe(domain);
  });

  it.each([
    ['child-family', 'family'],
    ['adult', 'social'],
    ['elderly', 'elderly'],
    ['disabled', 'disability'],
  ])('affected %s gives the domain %s', (affected, domain) => {
    expect(domainOf({ situation: 'domestic-violence', affected: affected as never })).toBe(domain);
    expect(domainOf({ situation: 'other-urgent', affected: affected as never })).toBe(domain);
  });

  it('has the phase dates of S6', () => {
    expect(PHASES.map((p) => `${p.domain} ${p.from}`)).toEqual([
      'family 2023-03-13',
      'social 2023-04-03',
      'elderly 2023-04-24',
      'disability 2023-04-24',
    ]);
  });

  it('orders the decision table as §3 does', () => {
    expect(DECISION_TABLE.map((r) => `${r.id}→${r.contact}`)).toEqual([
      'danger→emergency-112',
      'money→kela',
      'custody→district-court',
      'outside-region→other-region',
      'outside-region-can-wait→other-region-services',
      'consultation→social-crisis-duty',
      'crisis→social-crisis-duty',
      'can-wait→own-municipality',
      'after-hours→social-crisis-duty',
      'centralised→social-crisis-duty',
      'municipal-office-hours→own-municipality',
    ]);
  });

  it('names a source section for every situation, rule and contact', () => {
    for (const entry of [...SITUATIONS, ...DECISION_TABLE, ...Object.values(CONTACTS)]) {
      expect(entry.sources.length).toBeGreaterThan(0);
      for (const source of entry.sources) expect(source).toMatch(/^S[1-9]$/);
    }
  });

  it('lists every assumption it uses', () => {
    const listed = ASSUMPTIONS.map((a) => a.id);
    const used = [...DECISION_TABLE, ...Object.values(CONTACTS)].flatMap((e) =>
      'assumptions' in e ? e.assumptions : [],
    );
    for (const id of used) expect(listed).toContain(id);
  });

  it('holds no phone number that RULES.md does not list', () => {
    const allowed = ['112', '03 621 7100', '080 005 005', '09 2525 0111', '116 111'];
    const numbers = [
      ...Object.values(CONTACTS).map((c) => c.phone),
      ...HELPLINES.map((h) => h.phone),
    ].filter((n) => n !== null);
    for (const n of numbers) expect(allowed).toContain(n);
    const rules = readFileSync(new URL('../../machines/rules.ts', import.meta.url), 'utf8');
    const found = rules.match(/(\+358|\b0)[0-9][0-9 -]{5,14}[0-9]/g) ?? [];
    const allowedTel = ['+35836217100', '+35880005005', '+358925250111'];
    for (const n of found) expect([...allowed, ...allowedTel]).toContain(n);
    expect(CONTACTS.kela.phone).toBeNull();
    expect(CONTACTS['own-municipality'].phone).toBeNull();
    expect(CONTACTS['district-court'].phone).toBeNull();
  });

  it('adds the notes of RULES.md §3 to the outcomes', () => {
    expect(notesOf('danger')).toEqual([]);
    expect(notesOf('custody')).toEqual(['child-in-danger', 'in-danger-call-112']);
    expect(notesOf('money')).toEqual(['money-cannot-wait', 'in-danger-call-112']);
    for (const rule of ['consultation', 'crisis', 'after-hours', 'centralised'] as const) {
      expect(notesOf(rule)).toEqual(['busy-line', 'workers-move', 'in-danger-call-112']);
    }
    expect(notesOf('can-wait')).toEqual(['worse-before-opening', 'in-danger-call-112']);
    expect(notesOf('outside-region-can-wait')).toEqual([
      'worse-outside-region',
      'in-danger-call-112',
    ]);
    expect(notesOf('municipal-office-hours')).toEqual(['in-danger-call-112']);
    expect(notesOf('outside-region')).toEqual([]); // the outcome is 112 itself
  });

  it('has the contact of rule 5 with no number and no hours (RULES.md §1, §5)', () => {
    expect(CONTACTS['other-region-services']).toMatchObject({ phone: null, hours: 'unknown' });
  });

  it('has the supported range of RULES.md §2', () => {
    expect([SUPPORTED_RANGE.from, SUPPORTED_RANGE.to]).toEqual(['2023-01-01', '2099-12-31']);
  });

  it('links only the websites of RULES.md §6, with no deeper paths', () => {
    expect(WEBSITES).toEqual({
      kela: { url: 'https://www.kela.fi', source: 'RULES.md §6' },
      'district-court': { url: 'https://oikeus.fi', source: 'RULES.md §6' },
    });
  });

  it('never calls the MLL line a 24/7 line (RULES.md §6)', () => {
    const open = Object.fromEntries(HELPLINES.map((h) => [h.id, h.allDay]));
    expect(open).toEqual({ nollalinja: true, 'mieli-crisis-line': true, 'mll-children': false });
  });

  it('lists the interpretations of RULES.md v2 as assumptions', () => {
    expect(ASSUMPTIONS.map((a) => a.id)).toEqual(
      expect.arrayContaining([
        'urgent-help',
        'cannot-wait-direct-line',
        'can-wait-own-municipality',
        'office-hours',
        'holidays',
        'phase-year',
        'before-centralisation',
        'supported-range',
        'district-court-hours',
      ]),
    );
  });
});

/**
 * describeOutcome by hand from docs/SPECIFICATION.md: §1 (contacts: numbers, hours), §2 (office
 * hours Mon–Fri 8–16, holidays, next opening), §3 (rules), §4 (sources shown by their headings),
 * §6 (other lines and websites). Moments are written with their Helsinki offset, worked out by
 * hand against a calendar.
 */
import { describe, expect, it } from 'vitest';
import {
  describeOutcome,
  helplinesFor,
  phoneLine,
  phoneLineOf,
} from '../../machines/outcomeDescription';
import { routeJsonOf } from '../../machines/routeJson';
import { dependsOnPhase, provenanceOf } from '../../machines/ruleFacts';
import { RULE_IDS, type Answers, type RuleId } from '../../machines/rules';

const at = (iso: string) => Date.parse(iso);
/** Tuesday 11.4.2023 10:00, inside office hours (after Easter Monday). */
const TUESDAY_10 = at('2023-04-11T10:00:00+03:00');
/** Sunday 16.4.2023 03:00: no office is open. */
const SUNDAY_NIGHT = at('2023-04-16T03:00:00+03:00');

const describe_ = (rule: RuleId, answers: Answers = {}, moment = TUESDAY_10) =>
  describeOutcome(rule, answers, moment);

describe('each contact: number, link, website and availability', () => {
  it.each([
    ['danger', 'emergency-112', { phone: '112', href: 'tel:112' }, true],
    ['outside-region', 'other-region', { phone: '112', href: 'tel:112' }, true],
    ['crisis', 'social-crisis-duty', { phone: '03 621 7100', href: 'tel:+35836217100' }, false],
    [
      'after-hours',
      'social-crisis-duty',
      { phone: '03 621 7100', href: 'tel:+35836217100' },
      false,
    ],
  ] as const)('%s → %s: around the clock, %j', (rule, contact, line, isEmergencyCall) => {
    for (const moment of [TUESDAY_10, SUNDAY_NIGHT]) {
      const outcome = describe_(rule, {}, moment);
      expect(outcome.contact).toBe(contact);
      expect(outcome.line).toEqual(line);
      expect(outcome.availability).toEqual({ kind: 'always' });
      expect(outcome.nextOpening).toBeNull();
      expect(outcome.website).toBeNull();
      expect(outcome.isEmergencyCall).toBe(isEmergencyCall);
      expect(outcome.ready).toBe(true);
    }
  });

  it('money → Kela: no number, no hours, its website, nothing to have ready', () => {
    const outcome = describe_('money', { situation: 'money' });
    expect(outcome).toMatchObject({
      contact: 'kela',
      line: null,
      website: 'https://www.kela.fi',
      availability: { kind: 'unknown' },
      nextOpening: null,
      isEmergencyCall: false,
      ready: false,
    });
  });

  it('outside the region, can wait: no number, no hours, no website', () => {
    expect(describe_('outside-region-can-wait', { municipality: 'outside' })).toMatchObject({
      contact: 'other-region-services',
      line: null,
      website: null,
      availability: { kind: 'unknown' },
      nextOpening: null,
      isEmergencyCall: false,
      ready: false,
    });
  });

  it('custody → the district court: office hours, the courts website, no number', () => {
    expect(describe_('custody', { situation: 'custody-visitation' })).toMatchObject({
      contact: 'district-court',
      line: null,
      website: 'https://oikeus.fi',
      availability: { kind: 'open', until: at('2023-04-11T16:00:00+03:00') },
      nextOpening: TUESDAY_10,
      ready: false,
    });
  });

  it.each(['can-wait', 'municipal-office-hours'] as const)(
    '%s → own municipality: office hours, no number, named when known',
    (rule) => {
      const outcome = describe_(rule, { situation: 'elderly-at-home', municipality: 'forssa' });
      expect(outcome).toMatchObject({
        contact: 'own-municipality',
        line: null,
        website: null,
        municipality: 'forssa',
        availability: { kind: 'open', until: at('2023-04-11T16:00:00+03:00') },
        nextOpening: TUESDAY_10,
        ready: true,
      });
      expect(describe_(rule, { situation: 'elderly-at-home' }).municipality).toBeNull();
      expect(describe_(rule, { municipality: 'outside' }).municipality).toBeNull();
    },
  );

  it('names a municipality only on an own-municipality outcome', () => {
    expect(describe_('custody', { municipality: 'forssa' }).municipality).toBeNull();
    expect(describe_('crisis', { municipality: 'forssa' }).municipality).toBeNull();
  });
});

describe('office hours and the next opening (§2)', () => {
  const office = (moment: string) => describe_('can-wait', {}, at(moment));

  it('15:59:59 is open until 16:00; 16:00:00 is closed until 8:00 the next morning', () => {
    expect(office('2023-04-11T15:59:59+03:00').availability).toEqual({
      kind: 'open',
      until: at('2023-04-11T16:00:00+03:00'),
    });
    expect(office('2023-04-11T15:59:59+03:00').nextOpening).toBe(at('2023-04-11T15:59:59+03:00'));
    const closed = office('2023-04-11T16:00:00+03:00');
    expect(closed.availability).toEqual({ kind: 'closed', until: at('2023-04-12T08:00:00+03:00') });
    expect(closed.nextOpening).toBe(at('2023-04-12T08:00:00+03:00'));
  });

  it('07:59 is closed until 8:00 the same day; 8:00 is open', () => {
    expect(office('2023-04-12T07:59:00+03:00').availability).toEqual({
      kind: 'closed',
      until: at('2023-04-12T08:00:00+03:00'),
    });
    expect(office('2023-04-12T08:00:00+03:00').availability.kind).toBe('open');
  });

  it('Friday 16:00 → Monday 8:00', () => {
    expect(office('2023-04-14T16:00:00+03:00').availability).toEqual({
      kind: 'closed',
      until: at('2023-04-17T08:00:00+03:00'),
    });
  });

  it('Friday 16:00 before the spring DST change → Monday 8:00 summer time', () => {
    expect(office('2023-03-24T16:00:00+02:00').nextOpening).toBe(at('2023-03-27T08:00:00+03:00'));
  });

  it('before, on and after a holiday (Independence Day, Wednesday 6.12.2023)', () => {
    const thursday8 = at('2023-12-07T08:00:00+02:00');
    expect(office('2023-12-05T16:00:00+02:00').availability).toEqual({
      kind: 'closed',
      until: thursday8,
    });
    expect(office('2023-12-06T10:00:00+02:00').availability).toEqual({
      kind: 'closed',
      until: thursday8,
    });
    expect(office('2023-12-07T07:59:59+02:00').nextOpening).toBe(thursday8);
    expect(office('2023-12-07T10:00:00+02:00').availability).toEqual({
      kind: 'open',
      until: at('2023-12-07T16:00:00+02:00'),
    });
  });

  it('over Easter 2023: Thursday 16:00 → Tuesday after Easter Monday 8:00', () => {
    expect(office('2023-04-06T16:00:00+03:00').nextOpening).toBe(at('2023-04-11T08:00:00+03:00'));
  });
});

describe('the other help that fits the situation (§6)', () => {
  it.each([
    ['domestic-violence', [['nollalinja', '080 005 005', 'tel:+35880005005']]],
    ['crisis', [['mieli-crisis-line', '09 2525 0111', 'tel:+358925250111']]],
    ['child-protection', [['mll-children', '116 111', 'tel:116111']]],
    ['minor-substance-crime', [['mll-children', '116 111', 'tel:116111']]],
    ['money', []],
    ['elderly-at-home', []],
  ] as const)('%s: %j', (situation, lines) => {
    const found = helplinesFor(situation).map((h) => [h.id, h.phone, h.href]);
    expect(found).toEqual(lines);
    expect(describe_('danger', { situation }).helplines.map((h) => h.id)).toEqual(
      lines.map(([id]) => id),
    );
  });

  it('none while the situation is not known', () => {
    expect(helplinesFor(undefined)).toEqual([]);
  });

  it('"not your fault" for domestic violence only', () => {
    expect(describe_('danger', { situation: 'domestic-violence' }).situationNotes).toEqual([
      'not-your-fault',
    ]);
    expect(describe_('danger', { situation: 'crisis' }).situationNotes).toEqual([]);
    expect(describe_('danger').situationNotes).toEqual([]);
  });
});

describe('the rule: number, notes, phase and provenance', () => {
  it.each([
    ['danger', 1],
    ['outside-region-can-wait', 5],
    ['municipal-office-hours', 11],
  ] as const)('%s is rule %i', (rule, number) => {
    expect(describe_(rule).ruleNumber).toBe(number);
  });

  it('notes: the rule’s own, then the contact’s', () => {
    expect(describe_('crisis').notes).toEqual(['busy-line', 'workers-move', 'in-danger-call-112']);
    expect(describe_('money').notes).toEqual(['money-cannot-wait', 'in-danger-call-112']);
  });

  it('a rule that depends on the phases names the phase of the matter’s domain', () => {
    expect(describe_('centralised', { situation: 'elderly-at-home' }).phase).toEqual({
      domain: 'elderly',
      from: '2023-04-24',
      sourceText: '24.4.',
    });
    expect(
      describe_('municipal-office-hours', { situation: 'other-urgent', affected: 'adult' }).phase,
    ).toMatchObject({ domain: 'social', from: '2023-04-03' });
    // No domain, no phase; and a rule that does not depend on the phases names none.
    expect(describe_('municipal-office-hours', { situation: 'money' }).phase).toBeNull();
    expect(describe_('can-wait', { situation: 'elderly-at-home' }).phase).toBeNull();
  });

  it('crisis: the sections of the rule and of the direct line, with their headings', () => {
    const { provenance } = describe_('crisis');
    expect(provenance.sources).toEqual(['S3', 'S4', 'S7']);
    expect(provenance.assumptions).toEqual([]);
    expect(provenance.headings).toEqual([
      { heading: 'Näitä palveluita saat 24/7', gloss: 'services247' },
      { heading: 'Miten otan yhteyttä?', gloss: 'contact' },
      { heading: 'Sosiaali- ja kriisipäivystyksessä hoidetaan', gloss: 'handles' },
    ]);
  });

  it('custody: S9 (not in the source) has no heading', () => {
    const { provenance } = describe_('custody');
    expect(provenance.sections).toEqual([
      { id: 'S8', heading: 'Sosiaali- ja kriisipäivystyksessä ei hoideta' },
      { id: 'S9', heading: null },
    ]);
    expect(provenance.headings).toEqual([
      { heading: 'Sosiaali- ja kriisipäivystyksessä ei hoideta', gloss: 'notHandled' },
    ]);
  });

  it('municipal office hours: one heading for S5 and S6, which share it', () => {
    const { provenance } = describe_('municipal-office-hours');
    expect(provenance.sources).toEqual(['S5', 'S6', 'S8', 'S9']);
    expect(provenance.headings.map((h) => h.heading)).toEqual([
      'Miten otan yhteyttä?',
      'Sosiaali- ja kriisipäivystyksessä ei hoideta',
    ]);
  });
});

describe('numbers for the blocks on every screen', () => {
  it('112 and the direct line', () => {
    expect(phoneLine('emergency-112')).toEqual({ phone: '112', href: 'tel:112' });
    expect(phoneLine('social-crisis-duty')).toEqual({
      phone: '03 621 7100',
      href: 'tel:+35836217100',
    });
    expect(phoneLineOf('kela')).toBeNull();
    expect(phoneLineOf('own-municipality')).toBeNull();
  });
});

describe('the §5 JSON of a description', () => {
  it('closed office: not available, the next opening with the Helsinki offset', () => {
    expect(routeJsonOf(describe_('can-wait', {}, SUNDAY_NIGHT))).toEqual({
      contact: 'own-municipality',
      rule: 'can-wait',
      availableNow: false,
      nextOpening: '2023-04-17T08:00:00+03:00',
      phone: null,
    });
  });

  it('open office, around the clock and unknown hours', () => {
    expect(routeJsonOf(describe_('custody'))).toMatchObject({
      availableNow: true,
      nextOpening: '2023-04-11T10:00:00+03:00',
    });
    expect(routeJsonOf(describe_('crisis'))).toMatchObject({
      availableNow: true,
      nextOpening: null,
      phone: '03 621 7100',
    });
    expect(routeJsonOf(describe_('money'))).toMatchObject({
      availableNow: null,
      nextOpening: null,
      phone: null,
    });
  });
});

describe('the phase flag of the decision table (§3: rules 10 and 11)', () => {
  it('only the centralised rule and the one before centralisation depend on the phases', () => {
    expect(RULE_IDS.filter(dependsOnPhase)).toEqual(['centralised', 'municipal-office-hours']);
  });

  it('their provenance carries the phases (S6, phase-year); the others do not', () => {
    for (const rule of RULE_IDS) {
      const { sources, assumptions } = provenanceOf(rule);
      expect(assumptions.includes('phase-year'), rule).toBe(dependsOnPhase(rule));
      if (dependsOnPhase(rule)) expect(sources).toContain('S6');
    }
  });
});

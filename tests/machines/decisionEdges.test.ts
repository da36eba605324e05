/** The pure functions behind the guards (machines/decision.ts), by hand from RULES.md §1–§3. */
import { describe, expect, it } from 'vitest';
import {
  choicesOf,
  domainOf,
  isCentralised,
  isQuestionNeeded,
  isQuestion,
  isValidAnswer,
  notesOf,
  parseAnswer,
  provenanceOf,
} from '../../machines/decision';
import { outcomeOf } from '../../machines/routeJson';
import type { Answers, RuleId } from '../../machines/rules';

describe('domainOf', () => {
  it.each([
    [{}, null],
    [{ situation: 'child-protection' }, 'family'],
    [{ situation: 'crisis' }, 'crisis'],
    [{ situation: 'money' }, null],
    [{ situation: 'domestic-violence' }, null],
    [{ situation: 'domestic-violence', affected: 'elderly' }, 'elderly'],
    [{ situation: 'other-urgent', affected: 'adult' }, 'social'],
    [{ situation: 'elderly-at-home', affected: 'adult' }, 'elderly'],
  ] as const)('%j → %s', (answers, domain) => {
    expect(domainOf(answers)).toBe(domain);
  });
});

describe('isQuestionNeeded', () => {
  it.each([
    ['situation', {}, true],
    ['situation', { situation: 'money' }, true],
    ['affected', {}, false],
    ['urgency', {}, false],
    ['municipality', {}, false],
    ['affected', { situation: 'other-urgent' }, true],
    ['affected', { situation: 'crisis' }, false],
    ['urgency', { situation: 'crisis' }, true],
    ['urgency', { situation: 'money' }, false],
    ['urgency', { situation: 'custody-visitation' }, false],
    ['municipality', { situation: 'crisis' }, true],
    ['municipality', { situation: 'crisis', urgency: 'danger-now' }, false],
    ['municipality', { situation: 'crisis', urgency: 'can-wait' }, true],
    ['municipality', { situation: 'money', urgency: 'cannot-wait' }, false],
    ['affected', { situation: 'fire' }, false],
  ] as const)('%s given %j: %s', (question, answers, needed) => {
    expect(isQuestionNeeded(question, answers as Answers)).toBe(needed);
  });
});

describe('parseAnswer: the boundary for answers from outside (§1 ids, "I\'m not sure" where offered)', () => {
  it.each([
    ['situation', 'crisis'],
    ['situation', 'custody-visitation'],
    ['affected', 'disabled'],
    ['urgency', 'danger-now'],
    ['urgency', 'not-sure'],
    ['municipality', 'ypaja'],
    ['municipality', 'outside'],
    ['municipality', 'not-sure'],
  ])('takes %s = %s', (question, value) => {
    expect(parseAnswer(question, value)).toEqual({ question, value });
  });

  it.each([
    ['situation', 'not-sure'],
    ['affected', 'not-sure'],
    ['situation', 'forssa'],
    ['municipality', 'crisis'],
    ['municipality', 'Forssa'],
    ['urgency', 'can wait'],
    ['urgency', ''],
    ['urgency', null],
    ['urgency', 3],
    ['urgency', ['can-wait']],
    ['place', 'forssa'],
    ['', 'crisis'],
    [null, 'crisis'],
    ['toString', 'crisis'],
    ['situation', 'toString'],
  ])('refuses %j = %j', (question, value) => {
    expect(parseAnswer(question, value)).toBeNull();
  });

  it('knows the four questions and nothing else', () => {
    expect(['situation', 'affected', 'urgency', 'municipality'].every(isQuestion)).toBe(true);
    expect(['Situation', 'answers', '__proto__', 1, undefined].some(isQuestion)).toBe(false);
  });
});

describe('choicesOf: what a question offers on screen', () => {
  const values = (question: Parameters<typeof choicesOf>[0]) =>
    choicesOf(question).map((answer) => {
      expect(answer.question).toBe(question);
      return answer.value;
    });

  it('"I\'m not sure" only for urgency and the municipality, and last', () => {
    expect(values('urgency')).toEqual(['danger-now', 'cannot-wait', 'can-wait', 'not-sure']);
    expect(values('affected')).toEqual(['child-family', 'adult', 'elderly', 'disabled']);
    expect(values('situation')).toHaveLength(10);
    expect(values('situation')).not.toContain('not-sure');
    const places = values('municipality');
    expect(places).toHaveLength(13);
    expect(places.slice(-2)).toEqual(['outside', 'not-sure']);
    expect(places).toContain('hameenlinna');
  });
});

describe('isValidAnswer', () => {
  it('knows the ids of each question, and nothing else', () => {
    expect(isValidAnswer('municipality', 'outside')).toBe(true);
    expect(isValidAnswer('municipality', 'crisis')).toBe(false);
    expect(isValidAnswer('situation', 'crisis')).toBe(true);
    expect(isValidAnswer('urgency', null)).toBe(false);
    expect(isValidAnswer('affected', 'not-sure')).toBe(false);
  });
});

describe('isCentralised', () => {
  it('is false for crisis, no domain, and before the phase; true from 00:00 of it', () => {
    expect(isCentralised('social', Date.UTC(2023, 3, 2, 20, 59, 59))).toBe(false);
    expect(isCentralised('social', Date.UTC(2023, 3, 2, 21, 0, 0))).toBe(true);
    expect(isCentralised('crisis', Date.UTC(2030, 0, 1))).toBe(false);
    expect(isCentralised(null, Date.UTC(2030, 0, 1))).toBe(false);
  });
});

describe('what an outcome rests on and adds', () => {
  it.each([
    // RULES.md v2 §3: "urgent help" read as danger now, "cannot wait" sent to the direct line,
    // the year of "24.4." and S5 read as before the centralisation are assumptions (review 14).
    ['danger', ['S4'], ['urgent-help']],
    ['centralised', ['S3', 'S4', 'S6'], ['cannot-wait-direct-line', 'phase-year']],
    ['after-hours', ['S3', 'S4'], ['cannot-wait-direct-line', 'office-hours', 'holidays']],
    [
      'municipal-office-hours',
      ['S5', 'S6', 'S8', 'S9'],
      ['office-hours', 'holidays', 'next-opening-same-day', 'phase-year', 'before-centralisation'],
    ],
    [
      'custody',
      ['S8', 'S9'],
      ['office-hours', 'holidays', 'next-opening-same-day', 'district-court-hours'],
    ],
    [
      'can-wait',
      ['S5', 'S8', 'S9'],
      ['can-wait-own-municipality', 'office-hours', 'holidays', 'next-opening-same-day'],
    ],
  ] as const)('%s: sources %j, assumptions %j', (rule, sources, assumptions) => {
    expect(provenanceOf(rule)).toEqual({ sources, assumptions });
  });

  it.each([
    ['danger', []],
    ['custody', ['child-in-danger', 'in-danger-call-112']],
    // S4: the line may be busy; S3: the workers move around the region; if it gets worse before
    // the office opens, the direct line (review: "what to do if it gets worse").
    ['crisis', ['busy-line', 'workers-move', 'in-danger-call-112']],
    ['after-hours', ['busy-line', 'workers-move', 'in-danger-call-112']],
    ['can-wait', ['worse-before-opening', 'in-danger-call-112']],
  ] as const)('%s adds the notes %j', (rule, notes) => {
    expect(notesOf(rule)).toEqual(notes);
  });

  it('refuses a rule that does not exist, naming it', () => {
    const nope = 'nope' as RuleId;
    expect(() => outcomeOf(nope, 0)).toThrow('Unknown rule nope');
    expect(() => provenanceOf(nope)).toThrow('Unknown rule nope');
    expect(() => notesOf(nope)).toThrow('Unknown rule nope');
  });
});

/**
 * One journey to every rule of RULES.md v2 §3 (two for rule 1: with the MLL line and with
 * Nollalinja), written by hand from RULES.md: the answers, a Helsinki moment (with its offset) at
 * which that rule wins, and the contact it must show. Used by the component test of every outcome
 * in fi, sv and en, and by the axe test in Chromium.
 */
export interface OutcomeCase {
  rule: string;
  contact: string;
  at: string;
  answers: [question: 'situation' | 'affected' | 'urgency' | 'municipality', value: string][];
}

export const OUTCOME_CASES: OutcomeCase[] = [
  {
    rule: 'danger',
    contact: 'emergency-112',
    at: '2026-11-28T14:47:00+02:00',
    answers: [
      ['situation', 'child-protection'],
      ['urgency', 'danger-now'],
    ],
  },
  {
    rule: 'danger',
    contact: 'emergency-112',
    at: '2026-11-28T14:47:00+02:00',
    answers: [
      ['situation', 'domestic-violence'],
      ['urgency', 'danger-now'],
    ],
  },
  {
    rule: 'money',
    contact: 'kela',
    at: '2026-11-28T14:47:00+02:00',
    answers: [['situation', 'money']],
  },
  {
    rule: 'custody',
    contact: 'district-court',
    at: '2026-12-23T17:00:00+02:00',
    answers: [['situation', 'custody-visitation']],
  },
  {
    rule: 'outside-region',
    contact: 'other-region',
    at: '2026-11-28T14:47:00+02:00',
    answers: [
      ['situation', 'child-protection'],
      ['urgency', 'cannot-wait'],
      ['municipality', 'outside'],
    ],
  },
  {
    rule: 'outside-region-can-wait',
    contact: 'other-region-services',
    at: '2026-11-28T14:47:00+02:00',
    answers: [
      ['situation', 'crisis'],
      ['urgency', 'can-wait'],
      ['municipality', 'outside'],
    ],
  },
  {
    rule: 'consultation',
    contact: 'social-crisis-duty',
    at: '2023-02-01T10:00:00+02:00',
    answers: [
      ['situation', 'authority-consultation'],
      ['urgency', 'cannot-wait'],
      ['municipality', 'hameenlinna'],
    ],
  },
  {
    rule: 'crisis',
    contact: 'social-crisis-duty',
    at: '2023-01-10T10:00:00+02:00',
    answers: [
      ['situation', 'crisis'],
      ['urgency', 'cannot-wait'],
      ['municipality', 'hattula'],
    ],
  },
  {
    rule: 'can-wait',
    contact: 'own-municipality',
    at: '2023-01-07T12:00:00+02:00',
    answers: [
      ['situation', 'domestic-violence'],
      ['urgency', 'can-wait'],
      ['affected', 'adult'],
      ['municipality', 'loppi'],
    ],
  },
  {
    rule: 'after-hours',
    contact: 'social-crisis-duty',
    at: '2023-04-10T10:00:00+03:00',
    answers: [
      ['situation', 'elderly-at-home'],
      ['urgency', 'cannot-wait'],
      ['municipality', 'forssa'],
    ],
  },
  {
    rule: 'centralised',
    contact: 'social-crisis-duty',
    at: '2023-04-24T10:00:00+03:00',
    answers: [
      ['situation', 'elderly-at-home'],
      ['urgency', 'cannot-wait'],
      ['municipality', 'forssa'],
    ],
  },
  {
    rule: 'municipal-office-hours',
    contact: 'own-municipality',
    at: '2023-04-11T10:00:00+03:00',
    answers: [
      ['situation', 'elderly-at-home'],
      ['urgency', 'cannot-wait'],
      ['municipality', 'forssa'],
    ],
  },
];

/** The share-link fragment that opens a case's outcome directly. */
export const fragmentOf = (c: OutcomeCase): string =>
  `#${c.answers.map(([q, v]) => `${q}=${v}`).join('&')}`;

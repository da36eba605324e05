/**
 * Hand-written expectations from shared/domain/RULES.md (§2 time, §3 decision, §4 examples, §5
 * output). Weekdays and holidays were worked out by hand and checked against a calendar, never
 * taken from the code under test. Times without an offset are Helsinki time.
 */
export interface RoutingCase {
  name: string;
  input: {
    at: string;
    situation: string;
    affected?: string;
    urgency?: string;
    municipality?: string;
  };
  expected: {
    contact: string;
    rule: string;
    availableNow: boolean | null;
    nextOpening: string | null;
    phone: string | null;
  };
}

const duty = (rule: string) =>
  ({
    contact: 'social-crisis-duty',
    rule,
    availableNow: true,
    nextOpening: null,
    phone: '03 621 7100',
  }) as const;
const emergency = {
  contact: 'emergency-112',
  rule: 'danger',
  availableNow: true,
  nextOpening: null,
  phone: '112',
} as const;
const otherRegion = {
  contact: 'other-region',
  rule: 'outside-region',
  availableNow: true,
  nextOpening: null,
  phone: '112',
} as const;
const otherRegionServices = {
  contact: 'other-region-services',
  rule: 'outside-region-can-wait',
  availableNow: null,
  nextOpening: null,
  phone: null,
} as const;
const kela = {
  contact: 'kela',
  rule: 'money',
  availableNow: null,
  nextOpening: null,
  phone: null,
} as const;
const municipalNow = (nextOpening: string) =>
  ({
    contact: 'own-municipality',
    rule: 'municipal-office-hours',
    availableNow: true,
    nextOpening,
    phone: null,
  }) as const;
const canWait = (availableNow: boolean, nextOpening: string) =>
  ({
    contact: 'own-municipality',
    rule: 'can-wait',
    availableNow,
    nextOpening,
    phone: null,
  }) as const;
const court = (availableNow: boolean, nextOpening: string) =>
  ({ contact: 'district-court', rule: 'custody', availableNow, nextOpening, phone: null }) as const;

const elderlyForssa = {
  situation: 'elderly-at-home',
  urgency: 'cannot-wait',
  municipality: 'forssa',
};

export const ROUTING_CASES: RoutingCase[] = [
  // §4 examples, word for word
  {
    name: '§4 elderly, office hours before the phase (Tue 11.4.2023)',
    input: { at: '2023-04-11T10:00', ...elderlyForssa },
    expected: municipalNow('2023-04-11T10:00:00+03:00'),
  },
  {
    name: '§4 the same on Easter Monday',
    input: { at: '2023-04-10T10:00', ...elderlyForssa },
    expected: duty('after-hours'),
  },
  {
    name: '§4 the same on the elderly phase date',
    input: { at: '2023-04-24T10:00', ...elderlyForssa },
    expected: duty('centralised'),
  },
  {
    name: '§4 custody on Wed 23.12.2026 17:00 opens Mon 28.12',
    input: { at: '2026-12-23T17:00', situation: 'custody-visitation' },
    expected: court(false, '2026-12-28T08:00:00+02:00'),
  },
  {
    name: '§4 money in danger is 112',
    input: { at: '2026-11-28T14:47', situation: 'money', urgency: 'danger-now' },
    expected: emergency,
  },
  {
    name: '§4 v2: crisis that can wait, outside the region, goes to the services there',
    input: {
      at: '2026-11-28T14:47',
      situation: 'crisis',
      urgency: 'can-wait',
      municipality: 'outside',
    },
    expected: otherRegionServices,
  },
  {
    name: '§4 v2: crisis that cannot wait, outside the region, is 112 (rule 4)',
    input: {
      at: '2026-11-28T14:47',
      situation: 'crisis',
      urgency: 'cannot-wait',
      municipality: 'outside',
    },
    expected: otherRegion,
  },

  // rule 1 danger: whatever else is answered
  {
    name: 'danger: child protection, no municipality needed',
    input: { at: '2023-01-02T10:00', situation: 'child-protection', urgency: 'danger-now' },
    expected: emergency,
  },
  {
    name: 'danger: custody in danger is 112',
    input: { at: '2023-04-11T10:00', situation: 'custody-visitation', urgency: 'danger-now' },
    expected: emergency,
  },
  {
    name: 'danger: outside the region is still 112 (rule 1 before 4)',
    input: {
      at: '2023-04-11T10:00',
      situation: 'crisis',
      urgency: 'danger-now',
      municipality: 'outside',
    },
    expected: emergency,
  },
  {
    name: 'danger: consultation in danger',
    input: { at: '2024-02-05T03:00', situation: 'authority-consultation', urgency: 'danger-now' },
    expected: emergency,
  },
  {
    name: 'danger: domestic violence against an adult',
    input: {
      at: '2023-06-23T12:00',
      situation: 'domestic-violence',
      affected: 'adult',
      urgency: 'danger-now',
    },
    expected: emergency,
  },

  // rule 2 money
  {
    name: 'money alone goes to Kela',
    input: { at: '2023-06-01T12:00', situation: 'money' },
    expected: kela,
  },
  {
    name: 'money outside the region is still Kela (rule 2 before 4)',
    input: {
      at: '2023-06-01T12:00',
      situation: 'money',
      urgency: 'can-wait',
      municipality: 'outside',
    },
    expected: kela,
  },
  {
    name: 'money at night is Kela, hours unknown',
    input: {
      at: '2025-12-24T23:00',
      situation: 'money',
      urgency: 'cannot-wait',
      municipality: 'forssa',
    },
    expected: kela,
  },

  // rule 3 custody: next office opening
  {
    name: 'custody in office hours is available now',
    input: { at: '2023-04-11T10:00', situation: 'custody-visitation' },
    expected: court(true, '2023-04-11T10:00:00+03:00'),
  },
  {
    name: 'custody at 16:00 opens next morning (rule 3 before 4)',
    input: {
      at: '2023-04-11T16:00',
      situation: 'custody-visitation',
      urgency: 'cannot-wait',
      municipality: 'outside',
    },
    expected: court(false, '2023-04-12T08:00:00+03:00'),
  },

  // rule 4 outside the region
  {
    name: 'outside: crisis in office hours',
    input: {
      at: '2023-04-11T10:00',
      situation: 'crisis',
      urgency: 'cannot-wait',
      municipality: 'outside',
    },
    expected: otherRegion,
  },
  {
    name: 'outside: consultation (rule 4 before 6)',
    input: {
      at: '2023-04-11T22:00',
      situation: 'authority-consultation',
      urgency: 'cannot-wait',
      municipality: 'outside',
    },
    expected: otherRegion,
  },

  // rule 5 outside the region, can wait: no number, no hours (v2)
  {
    name: 'outside, can wait: child protection in office hours (rule 5 before 8)',
    input: {
      at: '2023-04-11T10:00',
      situation: 'child-protection',
      urgency: 'can-wait',
      municipality: 'outside',
    },
    expected: otherRegionServices,
  },
  {
    name: 'outside, can wait: consultation at night (rule 5 before 6)',
    input: {
      at: '2023-04-11T22:00',
      situation: 'authority-consultation',
      urgency: 'can-wait',
      municipality: 'outside',
    },
    expected: otherRegionServices,
  },
  {
    name: 'outside, can wait: violence against an older person on a Sunday',
    input: {
      at: '2024-03-10T03:00',
      situation: 'domestic-violence',
      affected: 'elderly',
      urgency: 'can-wait',
      municipality: 'outside',
    },
    expected: otherRegionServices,
  },
  {
    name: 'outside, can wait: money is still Kela (rule 2 before 5)',
    input: {
      at: '2025-01-15T10:00',
      situation: 'money',
      urgency: 'can-wait',
      municipality: 'outside',
    },
    expected: kela,
  },
  {
    name: 'outside, can wait: custody is still the district court (rule 3 before 5)',
    input: {
      at: '2025-01-15T10:00',
      situation: 'custody-visitation',
      urgency: 'can-wait',
      municipality: 'outside',
    },
    expected: court(true, '2025-01-15T10:00:00+02:00'),
  },
  {
    name: 'outside, in danger: 112 (rule 1 before 5)',
    input: {
      at: '2025-01-15T10:00',
      situation: 'elderly-at-home',
      urgency: 'danger-now',
      municipality: 'outside',
    },
    expected: emergency,
  },

  // rule 6 consultation
  {
    name: 'consultation that can wait, office hours before any phase',
    input: {
      at: '2023-02-01T10:00',
      situation: 'authority-consultation',
      urgency: 'can-wait',
      municipality: 'hameenlinna',
    },
    expected: duty('consultation'),
  },
  {
    name: 'consultation at night',
    input: {
      at: '2023-02-01T23:00',
      situation: 'authority-consultation',
      urgency: 'cannot-wait',
      municipality: 'jokioinen',
    },
    expected: duty('consultation'),
  },

  // rule 7 crisis: never phased, never the municipality
  {
    name: 'crisis in office hours before any phase',
    input: {
      at: '2023-01-10T10:00',
      situation: 'crisis',
      urgency: 'cannot-wait',
      municipality: 'riihimaki',
    },
    expected: duty('crisis'),
  },
  {
    name: 'crisis that can wait (rule 7 before 8)',
    input: {
      at: '2023-01-10T10:00',
      situation: 'crisis',
      urgency: 'can-wait',
      municipality: 'janakkala',
    },
    expected: duty('crisis'),
  },
  {
    name: 'crisis at night',
    input: {
      at: '2026-11-28T03:00',
      situation: 'crisis',
      urgency: 'cannot-wait',
      municipality: 'hameenlinna',
    },
    expected: duty('crisis'),
  },

  // rule 8 can-wait: next openings across weekends and holidays
  {
    name: 'can-wait on Saturday opens Monday',
    input: {
      at: '2023-01-07T12:00',
      situation: 'child-protection',
      urgency: 'can-wait',
      municipality: 'forssa',
    },
    expected: canWait(false, '2023-01-09T08:00:00+02:00'),
  },
  {
    name: 'can-wait Thu 16:00 before Epiphany Friday opens Monday',
    input: {
      at: '2023-01-05T16:00',
      situation: 'minor-substance-crime',
      urgency: 'can-wait',
      municipality: 'humppila',
    },
    expected: canWait(false, '2023-01-09T08:00:00+02:00'),
  },
  {
    name: 'can-wait in office hours is available now',
    input: {
      at: '2023-05-03T09:30',
      situation: 'elderly-at-home',
      urgency: 'can-wait',
      municipality: 'loppi',
    },
    expected: canWait(true, '2023-05-03T09:30:00+03:00'),
  },
  {
    name: 'can-wait over Easter opens the Tuesday',
    input: {
      at: '2023-04-06T17:00',
      situation: 'domestic-violence',
      affected: 'adult',
      urgency: 'can-wait',
      municipality: 'tammela',
    },
    expected: canWait(false, '2023-04-11T08:00:00+03:00'),
  },
  {
    name: 'can-wait at 07:59 opens the same morning',
    input: {
      at: '2023-04-11T07:59',
      situation: 'other-urgent',
      affected: 'adult',
      urgency: 'can-wait',
      municipality: 'hattula',
    },
    expected: canWait(false, '2023-04-11T08:00:00+03:00'),
  },
  {
    name: 'can-wait before Midsummer Eve opens Monday',
    input: {
      at: '2023-06-22T16:00',
      situation: 'disability',
      urgency: 'can-wait',
      municipality: 'ypaja',
    },
    expected: canWait(false, '2023-06-26T08:00:00+03:00'),
  },
  {
    name: 'can-wait before Christmas 2026 opens Mon 28.12',
    input: {
      at: '2026-12-23T16:00',
      situation: 'elderly-at-home',
      urgency: 'can-wait',
      municipality: 'hausjarvi',
    },
    expected: canWait(false, '2026-12-28T08:00:00+02:00'),
  },
  {
    name: 'can-wait on Independence Day opens the next day',
    input: {
      at: '2023-12-06T10:00',
      situation: 'elderly-at-home',
      urgency: 'can-wait',
      municipality: 'forssa',
    },
    expected: canWait(false, '2023-12-07T08:00:00+02:00'),
  },
  {
    name: 'can-wait on New Year’s Eve opens Tue 2.1.2024',
    input: {
      at: '2023-12-31T20:00',
      situation: 'other-urgent',
      affected: 'elderly',
      urgency: 'can-wait',
      municipality: 'forssa',
    },
    expected: canWait(false, '2024-01-02T08:00:00+02:00'),
  },
  {
    name: 'can-wait before Ascension Day opens Friday',
    input: {
      at: '2023-05-17T16:30',
      situation: 'disability',
      urgency: 'can-wait',
      municipality: 'riihimaki',
    },
    expected: canWait(false, '2023-05-19T08:00:00+03:00'),
  },
  {
    name: 'can-wait before May Day Friday 2026 opens Monday',
    input: {
      at: '2026-04-30T18:00',
      situation: 'child-protection',
      urgency: 'can-wait',
      municipality: 'loppi',
    },
    expected: canWait(false, '2026-05-04T08:00:00+03:00'),
  },
  {
    name: 'can-wait over the spring DST change opens with +03:00',
    input: {
      at: '2023-03-25T12:00',
      situation: 'child-protection',
      urgency: 'can-wait',
      municipality: 'forssa',
    },
    expected: canWait(false, '2023-03-27T08:00:00+03:00'),
  },
  {
    name: 'can-wait over the autumn DST change opens with +02:00',
    input: {
      at: '2023-10-28T12:00',
      situation: 'child-protection',
      urgency: 'can-wait',
      municipality: 'forssa',
    },
    expected: canWait(false, '2023-10-30T08:00:00+02:00'),
  },

  // rule 9 after hours and the office-hours boundaries
  {
    name: 'elderly at 15:59 is still the municipality',
    input: { at: '2023-04-11T15:59', ...elderlyForssa },
    expected: municipalNow('2023-04-11T15:59:00+03:00'),
  },
  {
    name: 'elderly at 16:00 is after hours',
    input: { at: '2023-04-11T16:00', ...elderlyForssa },
    expected: duty('after-hours'),
  },
  {
    name: 'elderly at 07:59 is after hours',
    input: { at: '2023-04-11T07:59', ...elderlyForssa },
    expected: duty('after-hours'),
  },
  {
    name: 'elderly at 08:00 is the municipality',
    input: { at: '2023-04-11T08:00', ...elderlyForssa },
    expected: municipalNow('2023-04-11T08:00:00+03:00'),
  },
  {
    name: 'elderly on a Sunday before the phase is after hours',
    input: { at: '2023-04-23T10:00', ...elderlyForssa },
    expected: duty('after-hours'),
  },
  {
    name: 'child protection on Independence Day',
    input: {
      at: '2023-12-06T10:00',
      situation: 'child-protection',
      urgency: 'cannot-wait',
      municipality: 'forssa',
    },
    expected: duty('after-hours'),
  },

  // rule 10 centralised, rule 11 municipal: every domain on both sides of its phase
  {
    name: 'family before 13.3.2023: municipality',
    input: {
      at: '2023-03-10T10:00',
      situation: 'child-protection',
      urgency: 'cannot-wait',
      municipality: 'forssa',
    },
    expected: municipalNow('2023-03-10T10:00:00+02:00'),
  },
  {
    name: 'family on 13.3.2023: centralised',
    input: {
      at: '2023-03-13T10:00',
      situation: 'child-protection',
      urgency: 'cannot-wait',
      municipality: 'forssa',
    },
    expected: duty('centralised'),
  },
  {
    name: 'minor substance use on 13.3.2023 at 08:00: centralised',
    input: {
      at: '2023-03-13T08:00',
      situation: 'minor-substance-crime',
      urgency: 'cannot-wait',
      municipality: 'hameenlinna',
    },
    expected: duty('centralised'),
  },
  {
    name: 'social before 3.4.2023: municipality',
    input: {
      at: '2023-03-31T10:00',
      situation: 'other-urgent',
      affected: 'adult',
      urgency: 'cannot-wait',
      municipality: 'forssa',
    },
    expected: municipalNow('2023-03-31T10:00:00+03:00'),
  },
  {
    name: 'social on 3.4.2023 at 08:00: centralised',
    input: {
      at: '2023-04-03T08:00',
      situation: 'other-urgent',
      affected: 'adult',
      urgency: 'cannot-wait',
      municipality: 'forssa',
    },
    expected: duty('centralised'),
  },
  {
    name: 'violence against an adult between the phases: municipality',
    input: {
      at: '2023-03-20T10:00',
      situation: 'domestic-violence',
      affected: 'adult',
      urgency: 'cannot-wait',
      municipality: 'janakkala',
    },
    expected: municipalNow('2023-03-20T10:00:00+02:00'),
  },
  {
    name: 'violence in a family with children between the phases: centralised',
    input: {
      at: '2023-03-20T10:00',
      situation: 'domestic-violence',
      affected: 'child-family',
      urgency: 'cannot-wait',
      municipality: 'janakkala',
    },
    expected: duty('centralised'),
  },
  {
    name: 'violence against an older person before 24.4: municipality',
    input: {
      at: '2023-04-21T10:00',
      situation: 'domestic-violence',
      affected: 'elderly',
      urgency: 'cannot-wait',
      municipality: 'tammela',
    },
    expected: municipalNow('2023-04-21T10:00:00+03:00'),
  },
  {
    name: 'other urgent, disabled, on 24.4.2023 at 08:00: centralised',
    input: {
      at: '2023-04-24T08:00',
      situation: 'other-urgent',
      affected: 'disabled',
      urgency: 'cannot-wait',
      municipality: 'tammela',
    },
    expected: duty('centralised'),
  },
  {
    name: 'disability before 24.4: municipality',
    input: {
      at: '2023-04-20T10:00',
      situation: 'disability',
      urgency: 'cannot-wait',
      municipality: 'ypaja',
    },
    expected: municipalNow('2023-04-20T10:00:00+03:00'),
  },
  {
    name: 'disability on 24.4.2023: centralised',
    input: {
      at: '2023-04-24T09:00',
      situation: 'disability',
      urgency: 'cannot-wait',
      municipality: 'ypaja',
    },
    expected: duty('centralised'),
  },
  {
    name: 'elderly today (Sat 28.11.2026) is after hours',
    input: { at: '2026-11-28T14:47', ...elderlyForssa },
    expected: duty('after-hours'),
  },

  // the supported range: 2023-01-01 00:00 to 2099-12-31 23:59 Helsinki time, both ends in
  {
    name: 'range: the first minute, Sun 1.1.2023 00:00 (a holiday) is after hours',
    input: { at: '2023-01-01T00:00', ...elderlyForssa },
    expected: duty('after-hours'),
  },
  {
    name: 'range: 2022-12-31T22:00Z is 1.1.2023 00:00 in Helsinki, inside the range',
    input: {
      at: '2022-12-31T22:00Z',
      situation: 'custody-visitation',
    },
    expected: court(false, '2023-01-02T08:00:00+02:00'),
  },
  {
    name: 'range: the last minute, Thu 31.12.2099 23:59, can wait: opens Mon 4.1.2100',
    input: {
      at: '2099-12-31T23:59',
      situation: 'child-protection',
      urgency: 'can-wait',
      municipality: 'forssa',
    },
    expected: canWait(false, '2100-01-04T08:00:00+02:00'),
  },
  {
    name: 'range: Thu 31.12.2099 10:00, elderly, centralised long since',
    input: { at: '2099-12-31T10:00', ...elderlyForssa },
    expected: duty('centralised'),
  },

  // offsets in the input are converted to Helsinki time
  {
    name: 'Z: 07:00Z is 10:00 in Helsinki',
    input: { at: '2023-04-11T07:00:00Z', ...elderlyForssa },
    expected: municipalNow('2023-04-11T10:00:00+03:00'),
  },
  {
    name: 'Z: 13:00Z is 16:00 in Helsinki',
    input: { at: '2023-04-11T13:00Z', ...elderlyForssa },
    expected: duty('after-hours'),
  },
  {
    name: '-05:00: 05:00 in New York is 13:00 in Helsinki',
    input: { at: '2023-04-11T05:00:00-05:00', ...elderlyForssa },
    expected: municipalNow('2023-04-11T13:00:00+03:00'),
  },
  {
    name: '+02:00 in winter is Helsinki time',
    input: {
      at: '2023-01-10T09:00+02:00',
      situation: 'child-protection',
      urgency: 'can-wait',
      municipality: 'forssa',
    },
    expected: canWait(true, '2023-01-10T09:00:00+02:00'),
  },
  {
    name: '+09:00: Tokyo evening is Helsinki office hours',
    input: { at: '2023-04-11T17:30+09:00', ...elderlyForssa },
    expected: municipalNow('2023-04-11T11:30:00+03:00'),
  },
];

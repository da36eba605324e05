import { describe, expect, it } from 'vitest';
import { nextRoutingChange } from '../../machines/decision';
import { isSupportedInstant, nextOfficeHoursChange } from '../../machines/helsinkiCalendar';

/** Moments written with their Helsinki offset by hand (RULES.md §2), not through the code. */
const t = (iso: string) => Date.parse(iso);

describe('the next moment at which office hours open or close (RULES.md §2)', () => {
  it.each([
    ['a working day before closing', '2023-04-11T15:55:00+03:00', '2023-04-11T16:00:00+03:00'],
    ['the last second before closing', '2023-04-11T15:59:59+03:00', '2023-04-11T16:00:00+03:00'],
    ['closing time itself', '2023-04-11T16:00:00+03:00', '2023-04-12T08:00:00+03:00'],
    ['inside the closing minute', '2023-04-11T16:00:30+03:00', '2023-04-12T08:00:00+03:00'],
    ['before opening', '2023-04-11T07:59:59+03:00', '2023-04-11T08:00:00+03:00'],
    ['opening time itself', '2023-04-11T08:00:00+03:00', '2023-04-11T16:00:00+03:00'],
    ['over Easter', '2023-04-06T16:00:00+03:00', '2023-04-11T08:00:00+03:00'],
    ['a Saturday night in winter', '2026-11-28T22:00:00+02:00', '2026-11-30T08:00:00+02:00'],
    ['before Christmas', '2026-12-23T17:00:00+02:00', '2026-12-28T08:00:00+02:00'],
  ])('%s: %s → %s', (_name, from, expected) => {
    expect(nextOfficeHoursChange(t(from))).toBe(t(expected));
  });
});

describe('the next moment at which the same answers may be routed differently', () => {
  it.each([
    [
      'the family phase starts at midnight',
      '2023-03-12T12:00:00+02:00',
      '2023-03-13T00:00:00+02:00',
    ],
    ['the social phase', '2023-04-02T20:00:00+03:00', '2023-04-03T00:00:00+03:00'],
    ['the last phase', '2023-04-23T20:00:00+03:00', '2023-04-24T00:00:00+03:00'],
    ['office hours close first', '2023-04-21T15:00:00+03:00', '2023-04-21T16:00:00+03:00'],
    ['after every phase', '2026-11-28T22:00:00+02:00', '2026-11-30T08:00:00+02:00'],
    // At the very start of a phase, the phase is in force: the next change is Monday's opening.
    ['at the family phase itself', '2023-03-13T00:00:00+02:00', '2023-03-13T08:00:00+02:00'],
  ])('%s: %s → %s', (_name, from, expected) => {
    expect(nextRoutingChange(t(from))).toBe(t(expected));
  });
});

describe('the supported range, 2023-01-01 … 2099-12-31 Helsinki time (RULES.md §2)', () => {
  it.each([
    ['2022-12-31T23:59:59.999+02:00', false],
    ['2023-01-01T00:00:00+02:00', true],
    ['2022-12-31T22:00:00Z', true],
    ['2099-12-31T23:59:59.999+02:00', true],
    ['2100-01-01T00:00:00+02:00', false],
    ['2099-12-31T22:00:00Z', false],
  ])('%s is supported: %s', (iso, supported) => {
    expect(isSupportedInstant(t(iso))).toBe(supported);
  });

  it.each([Number.NaN, Infinity, -Infinity, 1e20, 0, -1])('%s is not', (instant) => {
    expect(isSupportedInstant(instant)).toBe(false);
  });
});

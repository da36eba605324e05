import { describe, expect, it } from 'vitest';
import {
  formatHelsinkiIso,
  fromHelsinkiWallClock,
  helsinkiWallClock,
  holidaysOfYear,
  isOfficeHours,
  nextOfficeOpening,
  officeClosedReason,
} from '../../machines/helsinkiCalendar';
import { parseInstant } from '../../machines/parseInstant';
import { isCentralised } from '../../machines/decision';
import { HOLIDAY_TABLE, instantOf as at } from './instant';

const HOLIDAY_ORDER = [
  'new-years-day',
  'epiphany',
  'good-friday',
  'easter-monday',
  'may-day',
  'ascension-day',
  'midsummer-eve',
  'independence-day',
  'christmas-eve',
  'christmas-day',
  'st-stephens-day',
];

describe('public holidays 2023–2035', () => {
  it.each(Object.entries(HOLIDAY_TABLE))('%s', (year, dates) => {
    const expected = dates.split(' ').map((md, i) => `${year}-${md} ${HOLIDAY_ORDER[i] ?? ''}`);
    const actual = holidaysOfYear(Number(year)).map(
      (h) =>
        `${year}-${String(h.date.month).padStart(2, '0')}-${String(h.date.day).padStart(2, '0')} ${h.id}`,
    );
    // In calendar order, which is also the order of §2 in these years: no sorting of either side.
    expect(actual).toEqual(expected);
  });

  it('closes the office on a weekday holiday and names it', () => {
    expect(officeClosedReason(at('2023-04-10T10:00'))).toEqual({
      kind: 'holiday',
      holiday: 'easter-monday',
    });
    expect(officeClosedReason(at('2024-12-24T10:00'))).toEqual({
      kind: 'holiday',
      holiday: 'christmas-eve',
    });
    expect(officeClosedReason(at('2026-06-19T09:00'))).toEqual({
      kind: 'holiday',
      holiday: 'midsummer-eve',
    });
  });
});

describe('office hours', () => {
  it.each([
    ['2023-04-11T07:59', false, 'before-opening'],
    ['2023-04-11T07:59:59', false, 'before-opening'],
    ['2023-04-11T08:00', true, null],
    ['2023-04-11T15:59', true, null],
    ['2023-04-11T15:59:59', true, null],
    ['2023-04-11T16:00', false, 'after-closing'],
    ['2023-04-14T12:00', true, null], // Friday
    ['2023-04-15T12:00', false, 'weekend'], // Saturday
    ['2023-04-16T12:00', false, 'weekend'], // Sunday
    ['2023-04-17T00:00', false, 'before-opening'], // Monday midnight
    ['2026-11-30T08:00', true, null],
  ])('%s is inside: %s', (text, inside, reason) => {
    expect(isOfficeHours(at(text))).toBe(inside);
    expect(officeClosedReason(at(text))?.kind ?? null).toBe(reason);
  });

  it('compares the whole date and time, not hours alone', () => {
    // 10:00 on a Saturday and on a holiday Monday are outside, although 10 is inside 8–16.
    expect(isOfficeHours(at('2023-04-15T10:00'))).toBe(false);
    expect(isOfficeHours(at('2023-04-10T10:00'))).toBe(false);
  });
});

describe('next office opening', () => {
  it.each([
    ['2023-04-11T10:00', '2023-04-11T10:00:00+03:00'], // inside: itself
    ['2023-04-11T07:00', '2023-04-11T08:00:00+03:00'], // same morning
    ['2023-04-11T16:00', '2023-04-12T08:00:00+03:00'],
    ['2023-04-14T16:00', '2023-04-17T08:00:00+03:00'], // Friday → Monday
    ['2023-04-06T16:00', '2023-04-11T08:00:00+03:00'], // Easter
    ['2026-12-23T17:00', '2026-12-28T08:00:00+02:00'], // RULES.md §4
    ['2026-12-31T16:00', '2027-01-04T08:00:00+02:00'], // New Year's Day Friday
    ['2027-01-05T18:00', '2027-01-07T08:00:00+02:00'], // Epiphany Wednesday
    ['2023-03-24T16:00', '2023-03-27T08:00:00+03:00'], // over the spring DST change
    ['2023-10-27T16:00', '2023-10-30T08:00:00+02:00'], // over the autumn DST change
  ])('from %s is %s', (from, expected) => {
    expect(formatHelsinkiIso(nextOfficeOpening(at(from)))).toBe(expected);
  });
});

describe('Helsinki wall clock and DST', () => {
  it('spring: 03:00 EET jumps to 04:00 EEST on 26.3.2023', () => {
    const before = Date.UTC(2023, 2, 26, 0, 59, 59); // 02:59:59 +02:00
    const after = Date.UTC(2023, 2, 26, 1, 0, 0); // 04:00:00 +03:00
    expect(formatHelsinkiIso(before)).toBe('2023-03-26T02:59:59+02:00');
    expect(formatHelsinkiIso(after)).toBe('2023-03-26T04:00:00+03:00');
    // A skipped local time is read with the winter offset: 03:30 is 04:30 summer time.
    expect(formatHelsinkiIso(at('2023-03-26T03:30'))).toBe('2023-03-26T04:30:00+03:00');
  });

  it('autumn: 04:00 EEST falls back to 03:00 EET on 29.10.2023', () => {
    expect(formatHelsinkiIso(Date.UTC(2023, 9, 29, 0, 59))).toBe('2023-10-29T03:59:00+03:00');
    expect(formatHelsinkiIso(Date.UTC(2023, 9, 29, 1, 0))).toBe('2023-10-29T03:00:00+02:00');
    // A repeated local time gives the earlier instant.
    expect(at('2023-10-29T03:30')).toBe(Date.UTC(2023, 9, 29, 0, 30));
  });

  it('reads wall-clock fields and weekdays in Helsinki', () => {
    expect(helsinkiWallClock(Date.UTC(2023, 3, 10, 21, 30))).toEqual({
      year: 2023,
      month: 4,
      day: 11,
      hour: 0,
      minute: 30,
      second: 0,
      weekday: 2,
    });
    expect(fromHelsinkiWallClock(2023, 1, 1)).toBe(Date.UTC(2022, 11, 31, 22, 0));
  });

  it('centralises each domain from 00:00 Helsinki time of its date', () => {
    expect(isCentralised('family', at('2023-03-12T23:59:59'))).toBe(false);
    expect(isCentralised('family', at('2023-03-13T00:00'))).toBe(true);
    expect(isCentralised('social', at('2023-04-02T23:59:59'))).toBe(false);
    expect(isCentralised('social', at('2023-04-03T00:00'))).toBe(true);
    expect(isCentralised('elderly', at('2023-04-23T23:59:59'))).toBe(false);
    expect(isCentralised('elderly', at('2023-04-24T00:00'))).toBe(true);
    expect(isCentralised('disability', at('2023-04-24T00:00'))).toBe(true);
    expect(isCentralised('crisis', at('2030-01-01T00:00'))).toBe(false);
    expect(isCentralised(null, at('2030-01-01T00:00'))).toBe(false);
  });
});

describe('reading --at values', () => {
  it.each([
    ['2023-04-11', '2023-04-11T00:00:00+03:00'],
    ['2023-04-11T10:00', '2023-04-11T10:00:00+03:00'],
    ['2023-04-11 10:00', '2023-04-11T10:00:00+03:00'],
    ['2023-04-11T10:00:30', '2023-04-11T10:00:30+03:00'],
    ['2023-04-11T07:00Z', '2023-04-11T10:00:00+03:00'],
    ['2023-04-11T07:00:00.000Z', '2023-04-11T10:00:00+03:00'],
    ['2023-04-11T10:00+03:00', '2023-04-11T10:00:00+03:00'],
    ['2023-04-11T09:00+0200', '2023-04-11T10:00:00+03:00'],
    ['2023-01-01T00:00', '2023-01-01T00:00:00+02:00'],
    ['2022-12-31T22:00Z', '2023-01-01T00:00:00+02:00'],
  ])('reads %s as %s', (text, expected) => {
    expect(formatHelsinkiIso(at(text))).toBe(expected);
  });

  it.each([
    ['tomorrow', 'cannot read'],
    ['', 'cannot read'],
    ['2023-4-11', 'cannot read'],
    ['11.4.2023', 'cannot read'],
    ['2023-02-30T10:00', 'no such date'],
    ['2023-13-01', 'no such date'],
    ['2024-02-30', 'no such date'],
    ['2023-04-11T24:00', 'no such time'],
    ['2023-04-11T10:60', 'no such time'],
    ['2022-12-31T23:59', 'before 2023-01-01'],
    ['2022-12-31T21:59Z', 'before 2023-01-01'],
    ['1999-01-01', 'before 2023-01-01'],
  ])('refuses %j (%s) and says what is accepted', (text, why) => {
    const parsed = parseInstant(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toContain(why);
      expect(parsed.error).toContain('YYYY-MM-DDTHH:MM');
    }
  });

  it('accepts a leap day', () => {
    expect(formatHelsinkiIso(at('2024-02-29T12:00'))).toBe('2024-02-29T12:00:00+02:00');
  });
});

describe('the process time zone', () => {
  it('is whatever the suite was started with, and Helsinki time does not depend on it', () => {
    const zone = process.env.TZ;
    const januaryOffset = new Date(Date.UTC(2023, 0, 15)).getTimezoneOffset();
    if (zone === 'America/New_York') expect(januaryOffset).toBe(300);
    if (zone === 'Asia/Tokyo') expect(januaryOffset).toBe(-540);
    expect(formatHelsinkiIso(Date.UTC(2023, 0, 15, 12))).toBe('2023-01-15T14:00:00+02:00');
  });
});

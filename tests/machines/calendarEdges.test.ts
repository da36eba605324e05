/**
 * The edges of RULES.md §2 that a whole-minute test does not reach: the seconds inside a boundary
 * minute, the day after a DST change, and every way `--at` text can be wrong. Every instant here
 * is written in UTC by hand (Helsinki is UTC+2 in winter, UTC+3 from the last Sunday of March
 * 03:00 to the last Sunday of October 04:00), never read with the parser under test.
 */
import { describe, expect, it } from 'vitest';
import {
  formatHelsinkiIso,
  fromHelsinkiWallClock,
  helsinkiOffsetMinutes,
  helsinkiWallClock,
  holidayOn,
  holidaysOfYear,
  isOfficeHours,
  nextOfficeOpening,
  officeClosedReason,
  startOfHelsinkiDate,
  secondsOfDay,
  supportedFromInstant,
  supportedLastMinute,
} from '../../machines/helsinkiCalendar';
import { parseInstant } from '../../machines/parseInstant';

/** Tue 11.4.2023 (summer time, UTC+3) at a Helsinki wall-clock time. */
const tuesday = (hour: number, minute: number, second: number) =>
  Date.UTC(2023, 3, 11, hour - 3, minute, second);
/** Tue 10.1.2023 (winter time, UTC+2). */
const winterTuesday = (hour: number, minute: number, second: number) =>
  Date.UTC(2023, 0, 10, hour - 2, minute, second);

describe('office hours to the second (08:00:00 inclusive, 16:00:00 exclusive)', () => {
  it.each([
    [7, 59, 0, 'before-opening'],
    [7, 59, 1, 'before-opening'],
    [7, 59, 59, 'before-opening'],
    [8, 0, 0, null],
    [8, 0, 1, null],
    [8, 0, 59, null],
    [12, 30, 30, null],
    [15, 59, 0, null],
    [15, 59, 59, null],
    [16, 0, 0, 'after-closing'],
    [16, 0, 1, 'after-closing'],
    [16, 0, 30, 'after-closing'],
    [16, 0, 59, 'after-closing'],
    [16, 59, 59, 'after-closing'],
    [23, 59, 59, 'after-closing'],
    [0, 0, 0, 'before-opening'],
  ] as const)('%i:%i:%i on a summer Tuesday → %s', (h, m, s, reason) => {
    expect(officeClosedReason(tuesday(h, m, s))).toEqual(reason === null ? null : { kind: reason });
    expect(isOfficeHours(tuesday(h, m, s))).toBe(reason === null);
    expect(officeClosedReason(winterTuesday(h, m, s))).toEqual(
      reason === null ? null : { kind: reason },
    );
  });

  it('from 16:00:30 the next opening is 08:00 the next morning, not the moment itself', () => {
    expect(nextOfficeOpening(tuesday(16, 0, 30))).toBe(Date.UTC(2023, 3, 12, 5, 0, 0));
    expect(nextOfficeOpening(tuesday(7, 59, 59))).toBe(Date.UTC(2023, 3, 11, 5, 0, 0));
    expect(nextOfficeOpening(tuesday(15, 59, 59))).toBe(tuesday(15, 59, 59));
  });

  it('counts each second of the boundary minutes exactly once', () => {
    let open = 0;
    for (let s = 0; s < 120; s++) if (isOfficeHours(tuesday(15, 59, 0) + s * 1000)) open++;
    expect(open).toBe(60);
    open = 0;
    for (let s = 0; s < 120; s++) if (isOfficeHours(tuesday(7, 59, 0) + s * 1000)) open++;
    expect(open).toBe(60);
  });

  it('the day after Easter Monday opens at 08:00:00', () => {
    expect(officeClosedReason(Date.UTC(2023, 3, 10, 5, 0))).toEqual({
      kind: 'holiday',
      holiday: 'easter-monday',
    });
    expect(officeClosedReason(tuesday(7, 59, 59))).toEqual({ kind: 'before-opening' });
    expect(nextOfficeOpening(Date.UTC(2023, 3, 10, 5, 0))).toBe(Date.UTC(2023, 3, 11, 5, 0));
  });

  it('a weekend is closed at office time, and names the weekend, not a holiday', () => {
    expect(officeClosedReason(Date.UTC(2023, 3, 15, 7, 0))).toEqual({ kind: 'weekend' }); // Sat
    expect(officeClosedReason(Date.UTC(2023, 3, 16, 7, 0))).toEqual({ kind: 'weekend' }); // Sun
    // Sat 6.12.2025 is Independence Day on a weekend: closed as a weekend.
    expect(officeClosedReason(Date.UTC(2025, 11, 6, 8, 0))).toEqual({ kind: 'weekend' });
    expect(holidayOn({ year: 2025, month: 12, day: 6 })).toBe('independence-day');
    expect(holidayOn({ year: 2025, month: 12, day: 5 })).toBeNull();
  });
});

describe('the 24 hours after a DST change', () => {
  it.each([
    // spring: 26.3.2023 03:00 EET → 04:00 EEST
    [2023, 3, 26, 4, 0, Date.UTC(2023, 2, 26, 1, 0)],
    [2023, 3, 26, 12, 0, Date.UTC(2023, 2, 26, 9, 0)],
    [2023, 3, 26, 23, 59, Date.UTC(2023, 2, 26, 20, 59)],
    [2023, 3, 27, 2, 30, Date.UTC(2023, 2, 26, 23, 30)],
    [2023, 3, 27, 8, 0, Date.UTC(2023, 2, 27, 5, 0)],
    // autumn: 29.10.2023 04:00 EEST → 03:00 EET
    [2023, 10, 29, 4, 0, Date.UTC(2023, 9, 29, 2, 0)],
    [2023, 10, 29, 12, 0, Date.UTC(2023, 9, 29, 10, 0)],
    [2023, 10, 30, 2, 30, Date.UTC(2023, 9, 30, 0, 30)],
    [2023, 10, 30, 8, 0, Date.UTC(2023, 9, 30, 6, 0)],
    // the 24 hours before them
    [2023, 3, 25, 12, 0, Date.UTC(2023, 2, 25, 10, 0)],
    [2023, 10, 28, 12, 0, Date.UTC(2023, 9, 28, 9, 0)],
  ])('%i-%i-%i %i:%i Helsinki is %i', (y, mo, d, h, mi, utc) => {
    expect(fromHelsinkiWallClock(y, mo, d, h, mi)).toBe(utc);
    const text = `${String(y)}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
    expect(parseInstant(text)).toEqual({ ok: true, instant: utc });
  });

  it('reads a repeated autumn time as the earlier instant, a skipped spring time one hour on', () => {
    expect(fromHelsinkiWallClock(2023, 10, 29, 3, 30)).toBe(Date.UTC(2023, 9, 29, 0, 30));
    expect(fromHelsinkiWallClock(2023, 3, 26, 3, 30)).toBe(Date.UTC(2023, 2, 26, 1, 30));
  });

  it('keeps seconds and milliseconds', () => {
    expect(fromHelsinkiWallClock(2023, 3, 26, 12, 0, 5, 250)).toBe(
      Date.UTC(2023, 2, 26, 9, 0, 5, 250),
    );
  });

  it('knows the offset on both sides of each change', () => {
    expect(helsinkiOffsetMinutes(Date.UTC(2023, 2, 26, 0, 59, 59, 999))).toBe(120);
    expect(helsinkiOffsetMinutes(Date.UTC(2023, 2, 26, 1, 0, 0))).toBe(180);
    expect(helsinkiOffsetMinutes(Date.UTC(2023, 9, 29, 0, 59, 59, 500))).toBe(180);
    expect(helsinkiOffsetMinutes(Date.UTC(2023, 9, 29, 1, 0, 0))).toBe(120);
  });

  it('the next opening after the spring change is 08:00 summer time', () => {
    expect(nextOfficeOpening(Date.UTC(2023, 2, 25, 10, 0))).toBe(Date.UTC(2023, 2, 27, 5, 0));
    expect(formatHelsinkiIso(Date.UTC(2023, 2, 27, 5, 0))).toBe('2023-03-27T08:00:00+03:00');
  });

  it('starts a date at 00:00 Helsinki time in either season', () => {
    expect(startOfHelsinkiDate('2023-03-13')).toBe(Date.UTC(2023, 2, 12, 22, 0));
    expect(startOfHelsinkiDate('2023-04-24')).toBe(Date.UTC(2023, 3, 23, 21, 0));
    expect(supportedFromInstant()).toBe(Date.UTC(2022, 11, 31, 22, 0));
  });
});

describe('the wall clock', () => {
  it('reads every field in Helsinki, with the ISO weekday', () => {
    expect(helsinkiWallClock(Date.UTC(2023, 3, 16, 20, 59, 58))).toEqual({
      year: 2023,
      month: 4,
      day: 16,
      hour: 23,
      minute: 59,
      second: 58,
      weekday: 7,
    });
    expect(helsinkiWallClock(Date.UTC(2023, 3, 16, 21, 0, 1))).toEqual({
      year: 2023,
      month: 4,
      day: 17,
      hour: 0,
      minute: 0,
      second: 1,
      weekday: 1,
    });
  });

  it('writes ISO 8601 with the offset, padding every field', () => {
    expect(formatHelsinkiIso(Date.UTC(2023, 0, 1, 0, 1, 2))).toBe('2023-01-01T02:01:02+02:00');
    expect(formatHelsinkiIso(Date.UTC(2023, 5, 5, 6, 7, 8))).toBe('2023-06-05T09:07:08+03:00');
  });
});

describe('holidays in calendar order', () => {
  it('puts Ascension Day before May Day when Easter is as early as it gets (22.3.2285)', () => {
    const dates = holidaysOfYear(2285).map(
      (h) => `${String(h.date.month)}-${String(h.date.day)} ${h.id}`,
    );
    expect(dates).toEqual([
      '1-1 new-years-day',
      '1-6 epiphany',
      '3-20 good-friday',
      '3-23 easter-monday',
      '4-30 ascension-day',
      '5-1 may-day',
      '6-19 midsummer-eve', // 22.3. is a Sunday; 89 days later, a Friday
      '12-6 independence-day',
      '12-24 christmas-eve',
      '12-25 christmas-day',
      '12-26 st-stephens-day',
    ]);
  });

  it('orders by day within a month', () => {
    expect(
      holidaysOfYear(2024)
        .filter((h) => h.date.month === 12)
        .map((h) => h.id),
    ).toEqual(['independence-day', 'christmas-eve', 'christmas-day', 'st-stephens-day']);
  });

  it('finds Midsummer Eve on the first and the last day of its window', () => {
    // 19.6.2026 and 25.6.2027 are Fridays.
    expect(holidayOn({ year: 2026, month: 6, day: 19 })).toBe('midsummer-eve');
    expect(holidayOn({ year: 2027, month: 6, day: 25 })).toBe('midsummer-eve');
    expect(holidayOn({ year: 2027, month: 6, day: 18 })).toBeNull();
  });
});

const ACCEPTED =
  'accepted: YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS, in Helsinki time, or with an ' +
  'offset (Z, +02:00, -0500), from 2023-01-01 00:00 to 2099-12-31 23:59 Helsinki time';

describe('parseInstant: what it reads', () => {
  it.each([
    ['2023-04-11T10:00+05:30', Date.UTC(2023, 3, 11, 4, 30)],
    ['2023-04-11T10:00-05:30', Date.UTC(2023, 3, 11, 15, 30)],
    ['2023-04-11T10:00-0500', Date.UTC(2023, 3, 11, 15, 0)],
    ['2023-04-11T10:00+0000', Date.UTC(2023, 3, 11, 10, 0)],
    ['2023-04-11T23:59+23:59', Date.UTC(2023, 3, 11, 0, 0)],
    ['2023-04-11T00:00-23:59', Date.UTC(2023, 3, 11, 23, 59)],
    ['2023-04-11T07:00z', Date.UTC(2023, 3, 11, 7, 0)],
    ['2023-04-11T07:00:00.5Z', Date.UTC(2023, 3, 11, 7, 0, 0, 500)],
    ['2023-04-11T07:00:00.05Z', Date.UTC(2023, 3, 11, 7, 0, 0, 50)],
    ['2023-04-11T07:00:00.123Z', Date.UTC(2023, 3, 11, 7, 0, 0, 123)],
    ['2023-04-11T10:00:00.250', Date.UTC(2023, 3, 11, 7, 0, 0, 250)],
    ['  2023-04-11T10:00  ', Date.UTC(2023, 3, 11, 7, 0)],
    ['2023-04-11T23:59:59', Date.UTC(2023, 3, 11, 20, 59, 59)],
    ['2023-04-11T10:00:59', Date.UTC(2023, 3, 11, 7, 0, 59)],
    ['2023-01-01', Date.UTC(2022, 11, 31, 22, 0)],
    ['2023-01-31', Date.UTC(2023, 0, 30, 22, 0)],
    ['2023-12-31', Date.UTC(2023, 11, 30, 22, 0)],
    ['2023-04-30', Date.UTC(2023, 3, 29, 21, 0)],
    ['2024-02-29', Date.UTC(2024, 1, 28, 22, 0)],
    ['2022-12-31T22:00:00Z', Date.UTC(2022, 11, 31, 22, 0)],
    ['2023-01-01T00:00+02:00', Date.UTC(2022, 11, 31, 22, 0)],
    ['2099-12-31T23:59:59', Date.UTC(2099, 11, 31, 21, 59, 59)],
    ['2099-12-31T21:59:59.999Z', Date.UTC(2099, 11, 31, 21, 59, 59, 999)],
  ])('%j is %i', (text, instant) => {
    expect(parseInstant(text)).toEqual({ ok: true, instant });
  });
});

describe('parseInstant: what it refuses, and why', () => {
  it.each([
    ['x2023-04-11', 'cannot read the date "x2023-04-11"'],
    ['2023-04-11x', 'cannot read the date "2023-04-11x"'],
    ['2023-04-11T10:00junk', 'cannot read the date "2023-04-11T10:00junk"'],
    ['on 2023-04-11T10:00', 'cannot read the date "on 2023-04-11T10:00"'],
    ['20230-04-11', 'cannot read the date "20230-04-11"'],
    ['2023-04-1', 'cannot read the date "2023-04-1"'],
    ['2023-04-111', 'cannot read the date "2023-04-111"'],
    ['2023-04-11T1:00', 'cannot read the date "2023-04-11T1:00"'],
    ['2023-04-11T10:0', 'cannot read the date "2023-04-11T10:0"'],
    ['2023-04-11T10', 'cannot read the date "2023-04-11T10"'],
    ['2023-04-11T10:00:0', 'cannot read the date "2023-04-11T10:00:0"'],
    ['2023-04-11T10:00.5', 'cannot read the date "2023-04-11T10:00.5"'],
    ['2023-04-11T10:00:00.1234', 'cannot read the date "2023-04-11T10:00:00.1234"'],
    ['2023-04-11T10:00:00.', 'cannot read the date "2023-04-11T10:00:00."'],
    ['2023-04-11X10:00', 'cannot read the date "2023-04-11X10:00"'],
    ['2023-04-11T10:00+5:00', 'cannot read the date "2023-04-11T10:00+5:00"'],
    ['2023-04-11T10:00+05:0', 'cannot read the date "2023-04-11T10:00+05:0"'],
    ['2023-04-11T10:00+05', 'cannot read the date "2023-04-11T10:00+05"'],
    ['2023-04-11T10:00 05:00', 'cannot read the date "2023-04-11T10:00 05:00"'],
    ['2023-00-10', 'no such date "2023-00-10"'],
    ['2023-04-00', 'no such date "2023-04-00"'],
    ['2023-04-31', 'no such date "2023-04-31"'],
    ['2023-13-01', 'no such date "2023-13-01"'],
    ['2023-02-29', 'no such date "2023-02-29"'],
    ['2023-04-11T24:00', 'no such time "2023-04-11T24:00"'],
    ['2023-04-11T10:60', 'no such time "2023-04-11T10:60"'],
    ['2023-04-11T10:00:60', 'no such time "2023-04-11T10:00:60"'],
    ['2023-04-11T10:00+24:00', 'no such offset "+24:00"'],
    ['2023-04-11T10:00-24:00', 'no such offset "-24:00"'],
    ['2023-04-11T10:00+05:60', 'no such offset "+05:60"'],
    [
      '2022-12-31T23:59:59',
      '"2022-12-31T23:59:59" is before 2023-01-01, outside the supported range',
    ],
    [
      '2022-12-31T21:59:59.999Z',
      '"2022-12-31T21:59:59.999Z" is before 2023-01-01, outside the supported range',
    ],
    ['2100-01-01', '"2100-01-01" is after 2099-12-31 23:59, outside the supported range'],
    [
      '2099-12-31T22:00:00Z',
      '"2099-12-31T22:00:00Z" is after 2099-12-31 23:59, outside the supported range',
    ],
    [
      '2099-12-31T23:00-05:00',
      '"2099-12-31T23:00-05:00" is after 2099-12-31 23:59, outside the supported range',
    ],
  ])('%j: %s', (text, why) => {
    expect(parseInstant(text)).toEqual({ ok: false, error: `${why}; ${ACCEPTED}` });
  });
});

describe('the edges of the supported range and of a day', () => {
  it('the last minute a staff member can pick is 23:59 Helsinki time on 31.12.2099 (UTC+2)', () => {
    expect(supportedLastMinute()).toBe(Date.UTC(2099, 11, 31, 21, 59));
  });

  it.each([
    [{ hour: 0, minute: 0 }, 0],
    [{ hour: 8, minute: 0 }, 28_800],
    [{ hour: 7, minute: 30, second: 15 }, 27_015],
    [{ hour: 16, minute: 1, second: 1 }, 57_661],
    [{ hour: 23, minute: 59, second: 59 }, 86_399],
  ])('%j is %i seconds after midnight', (time, seconds) => {
    expect(secondsOfDay(time)).toBe(seconds);
  });
});

/**
 * Helsinki wall-clock time, public holidays, office hours and the next office opening (docs/SPECIFICATION.md §2).
 * Instants are epoch milliseconds; the process's own time zone never matters.
 */
import { gregorianEaster } from 'date-easter';
import {
  HOLIDAYS,
  OFFICE_HOURS,
  SUPPORTED_RANGE,
  TIME_ZONE,
  type HolidayId,
  type HolidayRule,
} from './rules';

export interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** ISO weekday: Monday 1 … Sunday 7. */
  weekday: number;
}

/** A calendar day, without time. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Made on first use, not when the module loads: creating a formatter with a time zone loads ICU's
 * zone data, a long task at start on a slow phone (docs/decisions/0013-start-in-short-tasks.md).
 */
let wallClockFormat: Intl.DateTimeFormat | undefined;
const wallClockFormatter = (): Intl.DateTimeFormat =>
  (wallClockFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }));

function isoWeekday(day: CalendarDay): number {
  const sundayZero = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

/** The Helsinki wall-clock fields of an instant. */
export function helsinkiWallClock(instant: number): WallClock {
  const fields: Record<string, number> = {};
  for (const part of wallClockFormatter().formatToParts(new Date(instant))) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: a literal part only adds a key nobody reads
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const day = { year: fields.year ?? 0, month: fields.month ?? 0, day: fields.day ?? 0 };
  return {
    ...day,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
    weekday: isoWeekday(day),
  };
}

/** Helsinki's offset from UTC at an instant, in minutes (120 in winter, 180 in summer). */
export function helsinkiOffsetMinutes(instant: number): number {
  const w = helsinkiWallClock(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant of a Helsinki wall-clock time. A time skipped by the spring DST change
 * (03:00–03:59 on the last Sunday of March) is read with the offset before the change, so it lands
 * one hour later; a repeated autumn time gives the earlier instant (assumption
 * `nonexistent-local-time`, as Temporal's "compatible" disambiguation).
 */
export function fromHelsinkiWallClock(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const offsetBefore = helsinkiOffsetMinutes(asUtc - DAY_MS);
  const offsetAfter = helsinkiOffsetMinutes(asUtc + DAY_MS);
  const withBefore = asUtc - offsetBefore * 60_000;
  const withAfter = asUtc - offsetAfter * 60_000;
  if (helsinkiOffsetMinutes(withBefore) === offsetBefore) return withBefore; // earlier in an overlap
  // Stryker disable next-line ConditionalExpression: reached only after a change, where the later offset always fits
  if (helsinkiOffsetMinutes(withAfter) === offsetAfter) return withAfter;
  return withBefore; // in a gap: the offset before the change puts it after the gap
}

function sameDay(a: CalendarDay, b: CalendarDay): boolean {
  // Stryker disable next-line ConditionalExpression: holidayOn compares days of one year's list
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function addDays(day: CalendarDay, days: number): CalendarDay {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function holidayDate(rule: HolidayRule, year: number): CalendarDay {
  switch (rule.kind) {
    case 'fixed':
      return { year, month: rule.month, day: rule.day };
    case 'easter': {
      const easter = gregorianEaster(year);
      return addDays({ year, month: easter.month, day: easter.day }, rule.offsetDays);
    }
    case 'weekday-between': {
      for (let d = rule.fromDay; d <= rule.toDay; d++) {
        const day = { year, month: rule.month, day: d };
        if (isoWeekday(day) === rule.weekday) return day;
      }
      // Stryker disable next-line StringLiteral: unreachable: every 7-day window holds every weekday
      throw new Error(`No weekday ${rule.weekday} in ${rule.month}/${rule.fromDay}–${rule.toDay}`);
    }
  }
}

/** The public holidays of §2 in a year, in calendar order. */
export function holidaysOfYear(year: number): { id: HolidayId; date: CalendarDay }[] {
  return HOLIDAYS.map((h) => ({ id: h.id, date: holidayDate(h.rule, year) })).sort(
    // Stryker disable next-line ArithmeticOperator: the holidays of a month are listed in day order already
    (a, b) => a.date.month - b.date.month || a.date.day - b.date.day,
  );
}

const holidayCache = new Map<number, { id: HolidayId; date: CalendarDay }[]>();

/** The holiday on a calendar day, if any. */
export function holidayOn(day: CalendarDay): HolidayId | null {
  let list = holidayCache.get(day.year);
  // Stryker disable next-line ConditionalExpression: the cache only saves work; a year computed again is the same list
  if (!list) {
    list = holidaysOfYear(day.year);
    holidayCache.set(day.year, list);
  }
  return list.find((h) => sameDay(h.date, day))?.id ?? null;
}

/** Why an instant is outside office hours, or null when it is inside. */
export type ClosedReason =
  | { kind: 'weekend' }
  | { kind: 'holiday'; holiday: HolidayId }
  | { kind: 'before-opening' }
  | { kind: 'after-closing' };

/** Seconds since midnight of a wall-clock time. */
export function secondsOfDay(time: { hour: number; minute: number; second?: number }): number {
  return time.hour * 3600 + time.minute * 60 + (time.second ?? 0);
}

const OPENS_SECONDS = secondsOfDay(OFFICE_HOURS.opens);
const CLOSES_SECONDS = secondsOfDay(OFFICE_HOURS.closes);

function isWorkingDay(day: CalendarDay): boolean {
  return (
    (OFFICE_HOURS.weekdays as readonly number[]).includes(isoWeekday(day)) &&
    holidayOn(day) === null
  );
}

export function officeClosedReason(instant: number): ClosedReason | null {
  const w = helsinkiWallClock(instant);
  if (!(OFFICE_HOURS.weekdays as readonly number[]).includes(w.weekday)) return { kind: 'weekend' };
  const holiday = holidayOn(w);
  if (holiday) return { kind: 'holiday', holiday };
  const seconds = secondsOfDay(w);
  if (seconds < OPENS_SECONDS) return { kind: 'before-opening' };
  if (seconds >= CLOSES_SECONDS) return { kind: 'after-closing' };
  return null;
}

export function isOfficeHours(instant: number): boolean {
  return officeClosedReason(instant) === null;
}

/**
 * The next office opening from an instant: the instant itself inside office hours, else the
 * opening time of the first working day whose opening is after it (on a working day before
 * opening time that is the same day: assumption `next-opening-same-day`).
 */
export function nextOfficeOpening(instant: number): number {
  if (isOfficeHours(instant)) return instant;
  let day: CalendarDay = helsinkiWallClock(instant);
  // Stryker disable next-line UpdateOperator,EqualityOperator: a working day comes within days; the bound only stops a broken calendar
  for (let i = 0; i < 30; i++) {
    if (isWorkingDay(day)) {
      const opening = fromHelsinkiWallClock(
        day.year,
        day.month,
        day.day,
        OFFICE_HOURS.opens.hour,
        OFFICE_HOURS.opens.minute,
      );
      // Stryker disable next-line EqualityOperator: an instant at an opening is inside office hours, returned above
      if (opening > instant) return opening;
    }
    day = addDays(day, 1);
  }
  // Stryker disable next-line StringLiteral: unreachable with the holidays of §2
  throw new Error('No office opening within 30 days');
}

/**
 * The next instant after `instant` at which office hours open or close: the closing time when the
 * office is open, else the next opening. An outcome on screen is refreshed then.
 */
export function nextOfficeHoursChange(instant: number): number {
  if (!isOfficeHours(instant)) return nextOfficeOpening(instant);
  const w = helsinkiWallClock(instant);
  return fromHelsinkiWallClock(
    w.year,
    w.month,
    w.day,
    OFFICE_HOURS.closes.hour,
    OFFICE_HOURS.closes.minute,
  );
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO 8601 with the Helsinki offset, to the second: 2023-04-11T10:00:00+03:00. */
export function formatHelsinkiIso(instant: number): string {
  const w = helsinkiWallClock(instant);
  const offset = helsinkiOffsetMinutes(instant);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: Helsinki is always east of UTC
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:` +
    `${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The instant of 00:00 Helsinki time on a `YYYY-MM-DD` date. */
export function startOfHelsinkiDate(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return fromHelsinkiWallClock(y ?? 0, m ?? 0, d ?? 0);
}

function dayAfter(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return fromHelsinkiWallClock(y ?? 0, m ?? 0, (d ?? 0) + 1);
}

let supportedInstants: { from: number; until: number } | undefined;
/**
 * The supported range as instants: `from` is 00:00 Helsinki time of SUPPORTED_RANGE.from, `until`
 * 00:00 of the day after SUPPORTED_RANGE.to. Computed on first use (see wallClockFormatter).
 */
const supportedRangeInstants = () =>
  (supportedInstants ??= {
    from: startOfHelsinkiDate(SUPPORTED_RANGE.from),
    until: dayAfter(SUPPORTED_RANGE.to),
  });

/** The first supported instant: 00:00 Helsinki time of SUPPORTED_RANGE.from. */
export const supportedFromInstant = (): number => supportedRangeInstants().from;

/** The last supported minute: 23:59 Helsinki time of SUPPORTED_RANGE.to. */
export const supportedLastMinute = (): number => supportedRangeInstants().until - 60_000;

export function isSupportedInstant(instant: number): boolean {
  const { from, until } = supportedRangeInstants();
  return instant >= from && instant < until;
}

/**
 * Reading a moment as the `route` command, the staff view's URL and the tests give it. Only the
 * staff tools and the commands read moments, so this is a module of its own, outside the
 * citizen's first load (issue 13).
 */
import { SUPPORTED_RANGE } from './rules';
import {
  fromHelsinkiWallClock,
  isSupportedInstant,
  supportedFromInstant,
} from './helsinkiCalendar';

export type ParsedInstant = { ok: true; instant: number } | { ok: false; error: string };

/** The supported range in words, as the command and the staff view's errors name it. */
const SUPPORTED_RANGE_TEXT = `from ${SUPPORTED_RANGE.from} 00:00 to ${SUPPORTED_RANGE.to} 23:59 Helsinki time`;

const ACCEPTED_AT_FORMATS =
  'YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS, in Helsinki time, or with an offset ' +
  `(Z, +02:00, -0500), ${SUPPORTED_RANGE_TEXT}`;

const AT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a moment as given to `--at`, the staff view's URL or a test: without an offset it is
 * Helsinki time; with `Z` or an offset it is converted. Refuses what it cannot read, impossible
 * dates (2023-02-30) and moments outside the supported range (docs/SPECIFICATION.md §2).
 */
export function parseInstant(text: string): ParsedInstant {
  const refuse = (why: string): ParsedInstant => ({
    ok: false,
    error: `${why}; accepted: ${ACCEPTED_AT_FORMATS}`,
  });
  const m = AT_PATTERN.exec(text.trim());
  if (!m) return refuse(`cannot read the date "${text}"`);
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) =>
    Number(m[i] ?? 0),
  ) as [number, number, number, number, number, number];
  // Stryker disable next-line StringLiteral: an empty fraction pads to 000 too
  const millisecond = Number((m[7] ?? '0').padEnd(3, '0'));
  const zone = m[8];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return refuse(`no such date "${text}"`);
  }
  if (hour > 23 || minute > 59 || second > 59) return refuse(`no such time "${text}"`);
  let instant: number;
  if (zone === undefined) {
    instant = fromHelsinkiWallClock(year, month, day, hour, minute, second, millisecond);
  } else {
    let offsetMinutes = 0;
    // Stryker disable next-line ConditionalExpression,MethodExpression,StringLiteral: Z read as an offset is +00:00, the same instant
    if (zone.toUpperCase() !== 'Z') {
      const digits = zone.slice(1).replace(':', '');
      const oh = Number(digits.slice(0, 2));
      const om = Number(digits.slice(2, 4));
      if (oh > 23 || om > 59) return refuse(`no such offset "${zone}"`);
      offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om);
    }
    instant =
      Date.UTC(year, month - 1, day, hour, minute, second, millisecond) - offsetMinutes * 60_000;
  }
  if (instant < supportedFromInstant()) {
    return refuse(`"${text}" is before ${SUPPORTED_RANGE.from}, outside the supported range`);
  }
  if (!isSupportedInstant(instant)) {
    return refuse(`"${text}" is after ${SUPPORTED_RANGE.to} 23:59, outside the supported range`);
  }
  return { ok: true, instant };
}

/**
 * Test helpers that read and judge moments without the code under test (machines/
 * helsinkiCalendar.ts), so that a test's input and expectation never come from what it checks.
 * Helsinki's offset is found with Intl: +03:00 or +02:00, whichever shows the same wall clock.
 */

const helsinki = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  hourCycle: 'h23',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Helsinki wall clock of an instant, as Intl shows it: "Tue 2023-04-11 10:00:00". */
function helsinkiText(instant: number): string {
  const p = Object.fromEntries(
    helsinki.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  return `${p.weekday ?? ''} ${p.year ?? ''}-${p.month ?? ''}-${p.day ?? ''} ${p.hour ?? ''}:${p.minute ?? ''}:${p.second ?? ''}`;
}

const MOMENT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The instant of a moment written as in `--at` (Helsinki time unless it has an offset). A
 * repeated autumn hour gives the earlier instant; a skipped spring time is read in winter time.
 */
export function instantOf(text: string): number {
  const m = MOMENT.exec(text);
  if (!m) throw new Error(`the test helper cannot read "${text}"`);
  const n = (i: number) => Number(m[i] ?? 0);
  const asUtc = Date.UTC(
    n(1),
    n(2) - 1,
    n(3),
    n(4),
    n(5),
    n(6),
    Number((m[7] ?? '').padEnd(3, '0')),
  );
  const zone = m[8];
  if (zone === 'Z') return asUtc;
  if (zone !== undefined) {
    const digits = zone.slice(1).replace(':', '');
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
    return asUtc - (zone.startsWith('-') ? -1 : 1) * minutes * 60_000;
  }
  const wanted = `${m[1] ?? ''}-${m[2] ?? ''}-${m[3] ?? ''} ${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}`;
  for (const hours of [3, 2]) {
    const candidate = asUtc - hours * 3_600_000;
    if (helsinkiText(candidate).slice(4) === wanted) return candidate;
  }
  return asUtc - 2 * 3_600_000;
}

/** Finnish public holidays of RULES.md §2, 2023–2036, written out by hand (MM-DD). */
export const HOLIDAY_TABLE: Record<number, string> = {
  2023: '01-01 01-06 04-07 04-10 05-01 05-18 06-23 12-06 12-24 12-25 12-26',
  2024: '01-01 01-06 03-29 04-01 05-01 05-09 06-21 12-06 12-24 12-25 12-26',
  2025: '01-01 01-06 04-18 04-21 05-01 05-29 06-20 12-06 12-24 12-25 12-26',
  2026: '01-01 01-06 04-03 04-06 05-01 05-14 06-19 12-06 12-24 12-25 12-26',
  2027: '01-01 01-06 03-26 03-29 05-01 05-06 06-25 12-06 12-24 12-25 12-26',
  2028: '01-01 01-06 04-14 04-17 05-01 05-25 06-23 12-06 12-24 12-25 12-26',
  2029: '01-01 01-06 03-30 04-02 05-01 05-10 06-22 12-06 12-24 12-25 12-26',
  2030: '01-01 01-06 04-19 04-22 05-01 05-30 06-21 12-06 12-24 12-25 12-26',
  2031: '01-01 01-06 04-11 04-14 05-01 05-22 06-20 12-06 12-24 12-25 12-26',
  2032: '01-01 01-06 03-26 03-29 05-01 05-06 06-25 12-06 12-24 12-25 12-26',
  2033: '01-01 01-06 04-15 04-18 05-01 05-26 06-24 12-06 12-24 12-25 12-26',
  2034: '01-01 01-06 04-07 04-10 05-01 05-18 06-23 12-06 12-24 12-25 12-26',
  2035: '01-01 01-06 03-23 03-26 05-01 05-03 06-22 12-06 12-24 12-25 12-26',
  // Only for next openings from the last days of 2035 (Easter Sunday 13.4.2036).
  2036: '01-01 01-06 04-11 04-14 05-01 05-22 06-20 12-06 12-24 12-25 12-26',
};

/**
 * Office hours by RULES.md §2, judged from Intl's wall clock and the table above (2023–2036):
 * Monday to Friday, 08:00:00 inclusive to 16:00:00 exclusive, not on a holiday.
 */
export function isOfficeHoursOracle(instant: number): boolean {
  const text = helsinkiText(instant); // "Tue 2023-04-11 10:00:00"
  const [weekday = '', date = '', time = ''] = text.split(' ');
  const [year = '', month = '', day = ''] = date.split('-');
  if (weekday === 'Sat' || weekday === 'Sun') return false;
  const holidays = HOLIDAY_TABLE[Number(year)];
  if (holidays === undefined) throw new Error(`no holidays written for ${year}`);
  if (holidays.split(' ').includes(`${month}-${day}`)) return false;
  return time >= '08:00:00' && time < '16:00:00';
}

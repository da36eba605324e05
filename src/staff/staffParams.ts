/** The staff view's moment and municipality, read from and written to its URL. */
import {
  fromHelsinkiWallClock,
  helsinkiWallClock,
  nextOfficeOpening,
  startOfHelsinkiDate,
  MUNICIPALITY_IDS,
  PHASES,
  type MunicipalityId,
} from '../../machines';
import { parseInstant } from '../../machines/matrix';
import { oneOf, readParam } from '../app/queryParam';

export const DEFAULT_MUNICIPALITY: MunicipalityId = 'hameenlinna';

export interface StaffParams {
  at: number;
  municipality: MunicipalityId;
  invalidAt: string | null;
  invalidMunicipality: string | null;
}

export function readStaffParams(search: string, now: number): StaffParams {
  const params = new URLSearchParams(search);
  const at = readParam(params, 'at', (text) => {
    const parsed = parseInstant(text);
    return parsed.ok ? parsed.instant : null;
  });
  const municipality = readParam(params, 'municipality', oneOf(MUNICIPALITY_IDS));
  return {
    at: at.value ?? now,
    municipality: municipality.value ?? DEFAULT_MUNICIPALITY,
    invalidAt: at.refused,
    invalidMunicipality: municipality.refused,
  };
}

/** "2023-04-11T10:00": the Helsinki wall clock, as a datetime-local input and the URL show it. */
export function toLocalInput(instant: number): string {
  const w = helsinkiWallClock(instant);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${String(w.year)}-${p(w.month)}-${p(w.day)}T${p(w.hour)}:${p(w.minute)}`;
}

export function staffSearch(search: string, at: number, municipality: MunicipalityId): string {
  const params = new URLSearchParams(search);
  params.set('page', 'staff');
  params.set('at', toLocalInput(at));
  params.set('municipality', municipality);
  return `?${params.toString()}`;
}

const atHour = (instant: number, hour: number): number => {
  const w = helsinkiWallClock(instant);
  return fromHelsinkiWallClock(w.year, w.month, w.day, hour);
};

export const PHASE_DAYS = [...new Set(PHASES.map((p) => p.from))];

/** The shortcut moments: now, each phase day at 10.00, the next weekday 10.00, tonight 20.00. */
export function shortcutMoments(now: number) {
  const tomorrow = atHour(now, 0) + 36 * 3_600_000; // safely inside tomorrow, across DST too
  return {
    now,
    phases: PHASE_DAYS.map((date) => ({ date, at: atHour(startOfHelsinkiDate(date), 10) })),
    nextWeekday: atHour(nextOfficeOpening(atHour(tomorrow, 0)), 10),
    tonight: atHour(now, 20),
  };
}

/** The same weekday and clock time, whole weeks away (clock time kept across DST changes). */
export function shiftWeeks(at: number, weeks: number): number {
  const w = helsinkiWallClock(at);
  return fromHelsinkiWallClock(w.year, w.month, w.day + 7 * weeks, w.hour, w.minute, w.second);
}

/** The same weekday and time on the other side of a phase date: the nearest such moment. */
export function acrossPhase(at: number, phaseDate: string): number {
  const start = startOfHelsinkiDate(phaseDate);
  let weeks = 0;
  if (at >= start) while (shiftWeeks(at, weeks) >= start) weeks--;
  else while (shiftWeeks(at, weeks) < start) weeks++;
  return shiftWeeks(at, weeks);
}

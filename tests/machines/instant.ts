import { parseInstant } from '../../machines/helsinkiCalendar';

/** The instant of a moment written as in `--at` (Helsinki time unless it has an offset). */
export function instantOf(text: string): number {
  const parsed = parseInstant(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.instant;
}

/**
 * The facts that texts state, taken from the rules data (rules.ts) and nowhere else: locale texts
 * never type a phone number, an hour, a date or a website; they interpolate these. A change in
 * rules.ts therefore reaches every face: the citizen screens, the staff view, docs/ROUTING.md and
 * the prerendered pages (tests/src/factSource.test.tsx checks each fact).
 */
import { CONTACTS, OFFICE_HOURS, PHASES } from './rules';

/** "8", "16" or "8.30": a clock time of the office hours, the same in fi, sv and en. */
export function clockText(time: { hour: number; minute: number }): string {
  return time.minute === 0
    ? String(time.hour)
    : `${String(time.hour)}.${String(time.minute).padStart(2, '0')}`;
}

/**
 * Variables every text may use (i18next `interpolation.defaultVariables`): language-neutral
 * facts. Facts that are written differently in each language (dates, weekdays) are passed by the
 * code that shows them, formatted in the UI language.
 */
export function factVariables() {
  return {
    emergencyNumber: CONTACTS['emergency-112'].phone,
    dutyNumber: CONTACTS['social-crisis-duty'].phone,
    officeOpens: clockText(OFFICE_HOURS.opens),
    officeCloses: clockText(OFFICE_HOURS.closes),
  };
}

/** The phase whose date the source gives without a year (S6: "24.4."): assumption `phase-year`. */
export function phaseWithoutYear(): { from: string; sourceText: string } | null {
  for (const phase of PHASES) {
    if (phase.sourceText !== null) return { from: phase.from, sourceText: phase.sourceText };
  }
  return null;
}

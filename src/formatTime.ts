import { TIME_ZONE, startOfHelsinkiDate } from '../machines';
import type { Language } from './i18n';

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "lauantai 28. marraskuuta 2026 klo 14.47": a moment in Helsinki time, in the UI language. */
export function formatMoment(instant: number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(instant);
}

/** "13.3.2023" / "13 March 2023": a calendar date (YYYY-MM-DD, Helsinki) in the UI language. */
export function formatDate(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(startOfHelsinkiDate(isoDate));
}

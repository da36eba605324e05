import { TIME_ZONE, startOfHelsinkiDate } from '../../machines';
import { LANGUAGE_INFO, type Language } from './i18n';

/** The Intl locale of a UI language (Selkosuomi is Finnish to Intl). */
export const localeOf = (language: Language): string => LANGUAGE_INFO[language].locale;

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/**
 * Selkosuomi's moment, the easy way and without abbreviations: "maanantaina 28. joulukuuta kello
 * 8", "lauantaina 28. marraskuuta 2026 kello 14.47" (minutes only when there are some).
 */
export function easyMoment(instant: number, withYear: boolean): string {
  const parts = new Intl.DateTimeFormat('fi-FI', {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const minute = part(parts, 'minute');
  const clock = `${String(Number(part(parts, 'hour')))}${minute === '00' ? '' : `.${minute}`}`;
  // Every Finnish weekday takes -na in the essive: maanantaina, keskiviikkona.
  const day = `${part(parts, 'weekday')}na ${part(parts, 'day')}. ${part(parts, 'month')}`;
  const year = withYear
    ? ` ${new Intl.DateTimeFormat('fi-FI', { timeZone: TIME_ZONE, year: 'numeric' }).format(instant)}`
    : '';
  return `${day}${year} kello ${clock}`;
}

/** "lauantai 28. marraskuuta 2026 klo 14.47": a moment in Helsinki time, in the UI language. */
export function formatMoment(instant: number, language: Language): string {
  if (language === 'selko') return easyMoment(instant, true);
  return new Intl.DateTimeFormat(localeOf(language), {
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
  return new Intl.DateTimeFormat(localeOf(language), {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(startOfHelsinkiDate(isoDate));
}

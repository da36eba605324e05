/**
 * Words for answers, rules and availability, shared by the citizen screens and the staff view so
 * that both say the same thing the same way.
 */
import { useTranslation } from 'react-i18next';
import {
  isOfficeHours,
  nextOfficeOpening,
  NOT_SURE,
  OFFICE_HOURS,
  OUTSIDE,
  TIME_ZONE,
  type GivenAnswer,
  type OutcomeDescription,
} from '../../machines';
import { easyMoment, formatDate, localeOf } from './formatTime';
import type { Language } from './i18n';
import { languageOf } from './languages';

/**
 * The short form of the glossary, Helsinki time: "ma 28.12. klo 8.00", "mån 28.12 kl. 8.00",
 * "Mon 28 Dec, 8:00".
 */
export function formatShortMoment(instant: number, language: Language): string {
  if (language === 'selko') return easyMoment(instant, false);
  const day = new Intl.DateTimeFormat(localeOf(language), {
    timeZone: TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: language === 'en' ? 'short' : 'numeric',
  }).format(instant);
  const time = new Intl.DateTimeFormat(localeOf(language), {
    timeZone: TIME_ZONE,
    hour: 'numeric',
    minute: '2-digit',
  }).format(instant);
  const joiner = { fi: ' klo ', sv: ' kl. ', en: ', ', selko: ' kello ' }[language];
  return `${day}${joiner}${time}`;
}

// Selkosuomi says the days in full: "maanantaista perjantaihin" (Monday is index 1).
const FROM_DAY = [
  '',
  'maanantaista',
  'tiistaista',
  'keskiviikosta',
  'torstaista',
  'perjantaista',
  'lauantaista',
  'sunnuntaista',
];
const TO_DAY = [
  '',
  'maanantaihin',
  'tiistaihin',
  'keskiviikkoon',
  'torstaihin',
  'perjantaihin',
  'lauantaihin',
  'sunnuntaihin',
];

/**
 * The office days of rules.ts in the UI language: "ma–pe", "mån–fre", "Mon–Fri",
 * "maanantaista perjantaihin".
 */
export function officeDays(language: Language): string {
  const days: readonly number[] = OFFICE_HOURS.weekdays;
  if (language === 'selko') return `${FROM_DAY[days[0] ?? 1]} ${TO_DAY[days.at(-1) ?? 5]}`;
  const name = (isoWeekday: number) =>
    new Intl.DateTimeFormat(localeOf(language), { timeZone: 'UTC', weekday: 'short' }).format(
      Date.UTC(2024, 0, isoWeekday), // 1.1.2024 was a Monday
    );
  return `${name(days[0] ?? 1)}–${name(days.at(-1) ?? 5)}`;
}

/** The label and example of an answer (an id of docs/SPECIFICATION.md §1, or "I'm not sure"). */
export function useAnswerWords() {
  const { t, i18n } = useTranslation();
  const label = (answer: GivenAnswer): string => {
    switch (answer.question) {
      case 'situation':
        return t(`situation.${answer.value}.label`);
      case 'affected':
        return t(`affected.${answer.value}.label`);
      case 'urgency': {
        const { value } = answer;
        // Outside office hours, the next weekday is a real day: say which (review 2026-11-28).
        const now = Date.now();
        if ((value === 'can-wait' || value === 'cannot-wait') && !isOfficeHours(now)) {
          const time = formatShortMoment(nextOfficeOpening(now), languageOf(i18n.language));
          return t(`urgency.${value}.labelUntil`, { time });
        }
        return t(`urgency.${value}.label`);
      }
      case 'municipality':
        return t(`municipality.${answer.value}`);
    }
  };
  const example = (answer: GivenAnswer): string | null => {
    switch (answer.question) {
      case 'situation':
        return t(`situation.${answer.value}.example`);
      case 'affected':
        return t(`affected.${answer.value}.example`);
      case 'urgency':
        return t(`urgency.${answer.value}.example`);
      case 'municipality':
        if (answer.value === OUTSIDE) return t('municipality.outsideExample');
        return answer.value === NOT_SURE ? t('municipality.notSureExample') : null;
    }
  };
  return { label, example };
}

/** A rule in plain words; a rule that depends on the phases names the domain and its date. */
export function useRuleText(): (outcome: Pick<OutcomeDescription, 'rule' | 'phase'>) => string {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  return ({ rule, phase }) =>
    phase
      ? t(`rule.${rule}`, {
          date: formatDate(phase.from, language),
          domain: t(`domain.${phase.domain}`),
        })
      : t(`rule.${rule}`);
}

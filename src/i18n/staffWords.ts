/**
 * Words that only the staff view and the generated docs show: the assumptions and the supported
 * range. A module of their own, so that the citizen's first load does not carry them (issue 13).
 */
import type { TFunction } from 'i18next';
import { phaseWithoutYear, HOLIDAYS, SUPPORTED_RANGE, type AssumptionId } from '../../machines';
import { formatDate } from './formatTime';
import { LANGUAGE_INFO, type Language } from './i18n';
import { officeDays } from './outcomeWords';

/** An assumption in words, each fact in it filled in from the rules data. */
export function assumptionText(id: AssumptionId, t: TFunction, language: Language): string {
  switch (id) {
    case 'office-hours':
      return t('assumption.office-hours', { days: officeDays(language) });
    case 'holidays':
      return t('assumption.holidays', {
        list: new Intl.ListFormat(LANGUAGE_INFO[language].htmlLang, { type: 'conjunction' }).format(
          HOLIDAYS.map((h) => t(`holiday.${h.id}`)),
        ),
      });
    case 'phase-year': {
      const phase = phaseWithoutYear();
      return t('assumption.phase-year', {
        sourceText: phase?.sourceText ?? '',
        date: phase ? formatDate(phase.from, language) : '',
      });
    }
    case 'supported-range':
      return t('assumption.supported-range', rangeVariables(language));
    default:
      return t(`assumption.${id}`);
  }
}

/** The supported range for the staff view's refusal, in the UI language. */
export function rangeVariables(language: Language): { from: string; to: string } {
  return {
    from: formatDate(SUPPORTED_RANGE.from, language),
    to: formatDate(SUPPORTED_RANGE.to, language),
  };
}

/**
 * Words for answers, rules and availability, shared by the citizen screens and the staff view so
 * that both say the same thing the same way.
 */
import { useTranslation } from 'react-i18next';
import { domainOf, type RouteOutcome } from '../machines/decision';
import { NOT_SURE, PHASES, type Answers, type Question, type RuleId } from '../machines/rules';
import { formatDate } from './formatTime';
import type { Language } from './i18n';

/** The label and example of an answer (an id of RULES.md, or "I'm not sure"). */
export function useAnswerWords() {
  const { t } = useTranslation();
  const label = (question: Question, value: string): string => {
    switch (question) {
      case 'situation':
        return t(`situation.${value as 'crisis'}.label`);
      case 'affected':
        return t(`affected.${value as 'adult'}.label`);
      case 'urgency':
        return t(`urgency.${value as 'can-wait'}.label`);
      case 'municipality':
        return t(`municipality.${value as 'forssa'}`);
    }
  };
  const example = (question: Question, value: string): string | null => {
    switch (question) {
      case 'situation':
        return t(`situation.${value as 'crisis'}.example`);
      case 'affected':
        return t(`affected.${value as 'adult'}.example`);
      case 'urgency':
        return t(`urgency.${value as 'can-wait'}.example`);
      case 'municipality':
        if (value === 'outside') return t('municipality.outsideExample');
        return value === NOT_SURE ? t('municipality.notSureExample') : null;
    }
  };
  return { label, example };
}

/** A rule in plain words; the phase rules name the domain and its phase date. */
export function useRuleText(): (rule: RuleId, answers: Answers) => string {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (rule, answers) => {
    const phase = PHASES.find((p) => p.domain === domainOf(answers));
    if ((rule === 'centralised' || rule === 'municipal-office-hours') && phase) {
      return t(`rule.${rule}`, {
        date: formatDate(phase.from, language),
        domain: t(`domain.${phase.domain}`),
      });
    }
    return t(`rule.${rule as 'danger'}`);
  };
}

/**
 * Whether a contact can be reached, from the outcome alone (RULES.md §5): `availableNow` null
 * means the source gives no hours; no `nextOpening` means around the clock.
 */
export type Availability = 'unknown' | 'always' | 'open' | 'closed';

export function availabilityOf(outcome: RouteOutcome): Availability {
  if (outcome.availableNow === null) return 'unknown';
  if (outcome.nextOpening === null) return 'always';
  return outcome.availableNow ? 'open' : 'closed';
}

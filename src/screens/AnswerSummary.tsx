import { useTranslation } from 'react-i18next';
import { NOT_SURE, type Question } from '../../machines/rules';
import type { Step } from '../flow/flowState';

interface Props {
  steps: readonly Step[];
  onChange: (question: Question) => void;
}

/** The answers given, each with a Change link back to its question. */
export function AnswerSummary({ steps, onChange }: Props) {
  const { t } = useTranslation();
  const answerText = ({ question, value }: Step): string => {
    if (value === NOT_SURE) return t('summary.notSure');
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
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('summary.title')}</h2>
      <dl>
        {steps.map((step) => (
          <div className="summary__row" key={step.question}>
            <dt>{t(`question.${step.question}.title`)}</dt>
            <dd>{answerText(step)}</dd>
            <dd>
              <button
                type="button"
                className="link-button"
                aria-label={`${t('summary.change')} ${t('summary.changeHidden', {
                  question: t(`question.${step.question}.title`),
                })}`}
                onClick={() => {
                  onChange(step.question);
                }}
              >
                {t('summary.change')}
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

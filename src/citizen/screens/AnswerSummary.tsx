import { useTranslation } from 'react-i18next';
import type { Question } from '../../../machines';
import type { Step } from '../flowState';
import { useAnswerWords } from '../../i18n/outcomeWords';

interface Props {
  steps: readonly Step[];
  onChange: (question: Question) => void;
}

/** The answers given, each with a Change link back to its question. */
export function AnswerSummary({ steps, onChange }: Props) {
  const { t } = useTranslation();
  const { label } = useAnswerWords();
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('summary.title')}</h2>
      <dl>
        {steps.map((step) => (
          <div className="summary__row" key={step.question}>
            <dt>{t(`question.${step.question}.title`)}</dt>
            <dd>{label(step)}</dd>
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

import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import {
  choicesOf,
  phoneLine,
  NOT_SURE,
  type AnswerValue,
  type GivenAnswer,
  type Question,
} from '../../../machines';
import { TelLink } from '../../components/TelLink';
import { orderAnswers } from '../../i18n/answerOrder';
import { useAnswerWords } from '../../i18n/outcomeWords';

const duty = phoneLine('social-crisis-duty');

interface Option {
  answer: GivenAnswer;
  label: string;
  example: string | null;
}

function useOptions(question: Question): Option[] {
  const { i18n } = useTranslation();
  const { label, example } = useAnswerWords();
  return orderAnswers(choicesOf(question), label, i18n.language).map((answer) => ({
    answer,
    label: label(answer),
    example: example(answer),
  }));
}

interface Props {
  question: Question;
  previousAnswer: AnswerValue<Question> | undefined;
  isFirst: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onAnswer: (answer: GivenAnswer) => void;
  onBack: () => void;
}

/** One question a page: the question is the heading; each answer is a real button with its id. */
export function QuestionScreen({
  question,
  previousAnswer,
  isFirst,
  headingRef,
  onAnswer,
  onBack,
}: Props) {
  const { t } = useTranslation();
  const options = useOptions(question);
  const headingId = `question-${question}`;
  return (
    <>
      {!isFirst && (
        <button type="button" className="back-link" onClick={onBack}>
          {t('nav.back')}
        </button>
      )}
      <form
        className={`question question--${question}`}
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <h1 id={headingId} ref={headingRef} tabIndex={-1}>
          {t(`question.${question}.title`)}
        </h1>
        <p className="hint" id={`${headingId}-hint`}>
          {t(`question.${question}.hint`)}
        </p>
        <div
          className="options"
          role="group"
          aria-labelledby={headingId}
          aria-describedby={`${headingId}-hint`}
        >
          {options.map(({ answer, label, example }) => (
            <button
              key={answer.value}
              // Not a submit button: a tap before the script has loaded must not put the answer
              // in the URL by submitting the form natively.
              type="button"
              name={question}
              value={answer.value}
              onClick={() => {
                onAnswer(answer);
              }}
              className={[
                'option',
                answer.value === NOT_SURE ? 'option--unsure' : '',
                answer.value === 'danger-now' ? 'option--danger' : '',
                answer.value === previousAnswer ? 'option--previous' : '',
              ].join(' ')}
            >
              <span className="option__label">{label}</span>
              {example && <span className="option__example">{example}</span>}
              {answer.value === previousAnswer && (
                <span className="option__previous">{t('question.previousAnswer')}</span>
              )}
            </button>
          ))}
        </div>
      </form>
      {/* The options come first on a phone; the introduction follows them. */}
      {isFirst && <p className="intro">{t('intro')}</p>}
      {isFirst && (
        <section className="direct-call" aria-labelledby="direct-call-title">
          <h2 id="direct-call-title">{t('start.directTitle')}</h2>
          <p>
            {t('start.direct')}{' '}
            <TelLink className="direct-call__number" href={duty.href}>
              {duty.phone}
            </TelLink>
          </p>
        </section>
      )}
    </>
  );
}

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentQuestion, describeSnapshot, type Answers } from '../../machines';
import { tellParentNewStep } from '../embed/frame/parentChannel';
import { useFlow } from './useFlow';
import { usePressGuard } from './usePressGuard';
import { takeEarlyPress } from './earlyPress';
import { AnswerSummary } from './screens/AnswerSummary';
import { OutcomeScreen } from './screens/OutcomeScreen';
import { PrintOutcome } from './screens/PrintOutcome';
import { QuestionScreen } from './screens/QuestionScreen';
import { ShareLink } from './screens/ShareLink';
import { useUpdateAtStep } from '../update/takeUpdate';
import { useDocumentTitle } from '../app/useDocumentTitle';

/** The citizen flow: the machine's current question, or its outcome. */
export function CitizenFlow({ presets }: { presets: Answers }) {
  const { t, i18n } = useTranslation();
  const flow = useFlow(presets);
  const { snapshot, steps } = flow;
  const question = currentQuestion(snapshot);
  const outcome = describeSnapshot(snapshot);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Move focus to the new heading on every step, but not on first load (it would steal focus
  // from a partner's page and surprise a screen-reader user who has just arrived).
  // Every change of the flow (an answer, Back, Change, Start again) is a new screen: the depth of
  // the history entry grows or shrinks with each.
  const screenKey = `${question ?? 'outcome'}:${String(steps.length)}:${String(flow.state.depth)}`;
  const { ref: flowRef, hold, handlers: pressHandlers } = usePressGuard(screenKey);
  /** An action that changes the screen: other presses are held until the new one is on view. */
  const held =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      hold();
      action(...args);
    };
  useUpdateAtStep(screenKey, question === null);
  useEffect(() => {
    takeEarlyPress(flowRef.current);
  }, [flowRef]);
  const previousKey = useRef<string | null>(null);
  useEffect(() => {
    if (previousKey.current !== null && previousKey.current !== screenKey) {
      headingRef.current?.focus();
      tellParentNewStep();
    }
    previousKey.current = screenKey;
  }, [screenKey]);

  const title = question
    ? t(`question.${question}.title`)
    : outcome
      ? t(`contact.${outcome.contact}.name`)
      : '';
  useDocumentTitle(title);

  return (
    // A stray second tap after a screen change acts on nothing inside (usePressGuard).
    <div
      className="flow"
      data-screen={question && steps.length === 0 ? 'first' : 'next'}
      // usePressGuard writes data-ready from here on; React never changes this value again.
      data-ready="false"
      ref={flowRef}
      {...pressHandlers}
    >
      {flow.notice && (
        <p className="notice" role="status">
          {t(`message.${flow.notice}`)}
        </p>
      )}
      {question ? (
        <QuestionScreen
          key={screenKey}
          question={question}
          previousAnswer={flow.state.remembered[question]}
          isFirst={steps.length === 0}
          headingRef={headingRef}
          onAnswer={held(flow.answer)}
          onBack={held(flow.back)}
        />
      ) : (
        outcome && (
          <>
            <button type="button" className="back-link" onClick={held(flow.back)}>
              {t('nav.back')}
            </button>
            <OutcomeScreen
              outcome={outcome}
              unsure={snapshot.context.unsure}
              at={flow.state.at}
              headingRef={headingRef}
            />
            <AnswerSummary steps={steps} onChange={held(flow.change)} />
            <div className="actions">
              <PrintOutcome />
              <ShareLink url={() => flow.shareUrl(i18n.language)} />
              <button type="button" className="link-button" onClick={held(flow.startAgain)}>
                {t('nav.startAgain')}
              </button>
            </div>
          </>
        )
      )}
    </div>
  );
}

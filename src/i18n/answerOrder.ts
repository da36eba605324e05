/**
 * The order answers are offered in: plain data and Intl, no React, so that the mutation run
 * (stryker/logic.json) can hold it as a whole file.
 */
import { NOT_SURE, OUTSIDE, type GivenAnswer } from '../../machines';
import { LANGUAGE_INFO } from './languages';

/** Answers in the order shown: municipalities sorted by their name in the UI language. */
export function orderAnswers(
  answers: readonly GivenAnswer[],
  label: (answer: GivenAnswer) => string,
  language: string,
): GivenAnswer[] {
  const last = (answer: GivenAnswer) => answer.value === OUTSIDE || answer.value === NOT_SURE;
  const named = answers.filter((answer) => answer.question === 'municipality' && !last(answer));
  if (named.length === 0) return [...answers];
  const collator = new Intl.Collator(
    (LANGUAGE_INFO as Partial<Record<string, { locale: string }>>)[language]?.locale ?? language,
  );
  named.sort((a, b) => collator.compare(label(a), label(b)));
  return [...named, ...answers.filter(last)];
}

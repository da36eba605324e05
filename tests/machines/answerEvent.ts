import type { GivenAnswer, Question, RoutingEvent } from '../../machines';

/**
 * An answer to any question with any value, as untyped code (a stored history entry, an old
 * share link) might give it: the machine and the flow must check such values themselves.
 */
export const untypedAnswer = (question: Question, value: string): GivenAnswer =>
  ({ question, value }) as GivenAnswer;

export const answerEvent = (question: Question, value: string): RoutingEvent => ({
  type: 'answer',
  ...untypedAnswer(question, value),
});

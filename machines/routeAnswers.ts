/**
 * Runs the routing machine through its events for a set of answers known in advance: the `route`
 * command, the staff matrix and the tests ask the machine this way.
 */
import { createActor } from 'xstate';
import type { Answers, Question } from './rules';
import type { OutcomeDescription } from './outcomeDescription';
import { currentQuestion, routingMachine } from './routingMachine';

export type RouteResult =
  { ok: true; outcome: OutcomeDescription } | { ok: false; missing: Question };

/**
 * Answers beyond the situation are the machine's input, as an embed's preset is, and the
 * situation its one event: so an answer the flow would not ask (an urgency for `money`) still
 * counts, as the specification's example of money with danger now requires (§3).
 */
export function routeAnswers(at: number, answers: Answers): RouteResult {
  const { situation, ...known } = answers;
  const actor = createActor(routingMachine, { input: { at, answers: known } }).start();
  // Stryker disable next-line ConditionalExpression: the machine ignores an answer of no value, as any its question does not offer
  if (situation !== undefined)
    actor.send({ type: 'answer', question: 'situation', value: situation });
  const snapshot = actor.getSnapshot();
  actor.stop();
  if (snapshot.status === 'done') return { ok: true, outcome: snapshot.output };
  // Stryker disable next-line StringLiteral: a machine that is not done is always asking a question
  return { ok: false, missing: currentQuestion(snapshot) ?? 'situation' };
}

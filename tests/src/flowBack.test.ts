/**
 * Back is the step list's (docs/decisions/0012-back-is-the-step-list.md): the flow without its
 * last step, replayed. These were the machine's Back tests; the expectations are the same, by hand
 * from RULES.md §1/§3 and CONVENTIONS (Back follows the path actually taken).
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import {
  ANSWER_IDS,
  currentQuestion,
  routingMachine,
  type RoutingEvent,
  type RoutingSnapshot,
} from '../../machines';
import { replay, type Step } from '../../src/citizen/flowState';
import { instantOf } from '../machines/instant';
import { answerEvent, untypedAnswer } from '../machines/answerEvent';

const AT = instantOf('2023-04-11T10:00'); // Tuesday, office hours
const AFTER_HOURS = instantOf('2023-04-11T20:00');

const answersOnScreen = (snapshot: RoutingSnapshot): RoutingEvent[] => {
  const question = currentQuestion(snapshot);
  return question ? ANSWER_IDS[question].map((value) => answerEvent(question, value)) : [];
};
const back = (steps: readonly Step[], at = AFTER_HOURS) => replay(at, {}, steps.slice(0, -1));
const s = untypedAnswer;

describe('Back', () => {
  const paths = getShortestPaths(routingMachine, {
    input: { at: AT },
    events: answersOnScreen,
  }).filter((p) => p.state.status !== 'done' && p.state.value !== 'situation');

  it('returns from any question to the one answered before it, and forward again', () => {
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      // The first step of a path is the machine's start, not an answer.
      const steps = path.steps
        .map(({ event }) => event)
        .filter((event) => (event as { type: string }).type === 'answer')
        .map((event) => s(event.question, event.value));
      const last = steps.at(-1);
      if (!last) throw new Error('a path ends with an answer');
      const before = replay(AT, {}, steps).snapshot;
      const after = back(steps, AT);
      expect(currentQuestion(after.snapshot)).toBe(last.question);
      const again = replay(AT, {}, [...after.steps, last]).snapshot;
      expect(again.value).toBe(before.value);
      expect(again.context).toEqual(before.context);
    }
  });

  it('does nothing on the first question', () => {
    expect(currentQuestion(back([]).snapshot)).toBe('situation');
  });

  it('follows the path taken, not the order of the questions', () => {
    const steps = [s('situation', 'crisis'), s('urgency', 'cannot-wait')];
    expect(currentQuestion(replay(AFTER_HOURS, {}, steps).snapshot)).toBe('municipality');
    expect(currentQuestion(back(steps).snapshot)).toBe('urgency');
    // Crisis never asked who is affected.
    expect(currentQuestion(back(steps.slice(0, 1)).snapshot)).toBe('situation');
  });

  it('asks again what a changed situation needs', () => {
    const steps = [s('situation', 'domestic-violence'), s('urgency', 'cannot-wait')];
    expect(currentQuestion(replay(AFTER_HOURS, {}, steps).snapshot)).toBe('affected');
    const changed = [s('situation', 'crisis'), s('urgency', 'cannot-wait')];
    expect(currentQuestion(replay(AFTER_HOURS, {}, changed).snapshot)).toBe('municipality');
  });

  it('forgets "I\'m not sure" when the question is answered again', () => {
    const steps = [s('situation', 'crisis'), s('urgency', 'not-sure')];
    expect(replay(AFTER_HOURS, {}, steps).snapshot.context.unsure).toEqual(['urgency']);
    const again = replay(AFTER_HOURS, {}, [...back(steps).steps, s('urgency', 'can-wait')]);
    expect(again.snapshot.context.unsure).toEqual([]);
    expect(again.snapshot.context.answers).toEqual({ situation: 'crisis', urgency: 'can-wait' });
  });
});

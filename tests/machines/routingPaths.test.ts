import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import {
  currentQuestion,
  routingMachine,
  type RoutingEvent,
  type RoutingSnapshot,
} from '../../machines/routingMachine';
import { ANSWER_IDS, RULE_IDS } from '../../machines/rules';
import { instantOf as at } from './instant';
import { answerEvent } from './answerEvent';

/** Moments chosen so that together they reach every rule: each phase, in and out of hours. */
const MOMENTS = {
  'office hours before any phase': at('2023-02-01T10:00'),
  'office hours after all phases': at('2023-05-03T10:00'),
  'after hours': at('2023-05-03T20:00'),
};

/** A path's first step is the machine's start (xstate.init), typed as one of its events. */
const isAnswer = (event: { type: string }): boolean => event.type === 'answer';

/** The concrete events a person can send on each screen: every answer to the question. */
function answersOnScreen(snapshot: RoutingSnapshot): RoutingEvent[] {
  const question = currentQuestion(snapshot);
  if (!question) return [];
  return ANSWER_IDS[question].map((value) => answerEvent(question, value));
}

const QUESTION_STATES = ['situation', 'affected', 'urgency', 'municipality'];

describe.each(Object.entries(MOMENTS))('every simple path at %s', (_name, moment) => {
  const paths = getSimplePaths(routingMachine, { input: { at: moment }, events: answersOnScreen });

  it('rests only on a question or in exactly one final state', () => {
    expect(paths.length).toBeGreaterThan(300);
    for (const path of paths) {
      const { state } = path;
      if (state.status === 'done') {
        expect(RULE_IDS).toContain(state.value);
        expect(state.output.rule).toBe(state.value);
      } else {
        expect(QUESTION_STATES).toContain(state.value);
        expect(answersOnScreen(state).length).toBeGreaterThan(1);
      }
    }
  });

  it('reaches an outcome in at most four answers, without asking anything twice', () => {
    for (const path of paths.filter((p) => p.state.status === 'done')) {
      const asked = path.steps.map((s) => s.event).filter(isAnswer);
      expect(asked.length).toBeLessThanOrEqual(4);
      expect(new Set(asked.map((e) => e.question)).size).toBe(asked.length);
      expect(asked[0]?.question).toBe('situation');
    }
  });
});

describe('reachability', () => {
  it('reaches every final state (every rule) at one of the moments', () => {
    const reached = new Set<string>();
    for (const moment of Object.values(MOMENTS)) {
      for (const path of getShortestPaths(routingMachine, {
        input: { at: moment },
        events: answersOnScreen,
      })) {
        const { status, value } = path.state;
        if (status === 'done' && typeof value === 'string') reached.add(value);
      }
    }
    expect([...reached].sort()).toEqual([...RULE_IDS].sort());
  });

  it('asks affected only for domestic violence and other urgent matters', () => {
    const paths = getShortestPaths(routingMachine, {
      input: { at: MOMENTS['after hours'] },
      events: answersOnScreen,
    });
    const askedAffectedFor = new Set(
      paths
        .filter((p) => p.state.value === 'affected')
        .map((p) => (p.steps.find((s) => isAnswer(s.event))?.event as { value: string }).value),
    );
    expect([...askedAffectedFor].sort()).toEqual(['domestic-violence', 'other-urgent']);
  });
});

describe('danger now', () => {
  it('sends domestic violence with danger now to 112 in two answers, not asking who', () => {
    const actor = createActor(routingMachine, { input: { at: MOMENTS['after hours'] } }).start();
    actor.send({ type: 'answer', question: 'situation', value: 'domestic-violence' });
    expect(actor.getSnapshot().value).toBe('urgency');
    actor.send({ type: 'answer', question: 'urgency', value: 'danger-now' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toMatchObject({ contact: 'emergency-112', rule: 'danger' });
  });
});

describe('presets and bad events', () => {
  it('does not ask a preset municipality', () => {
    const actor = createActor(routingMachine, {
      input: { at: MOMENTS['after hours'], answers: { municipality: 'forssa' } },
    }).start();
    actor.send({ type: 'answer', question: 'situation', value: 'elderly-at-home' });
    actor.send({ type: 'answer', question: 'urgency', value: 'cannot-wait' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output?.rule).toBe('after-hours');
  });

  it('ignores an invalid preset and asks the question', () => {
    const actor = createActor(routingMachine, {
      input: {
        at: MOMENTS['after hours'],
        answers: { municipality: 'helsinki', situation: 'money' },
      },
    }).start();
    expect(actor.getSnapshot().value).toBe('situation');
    actor.send({ type: 'answer', question: 'situation', value: 'crisis' });
    actor.send({ type: 'answer', question: 'urgency', value: 'can-wait' });
    expect(actor.getSnapshot().value).toBe('municipality');
  });

  it('ignores unknown ids and answers to another screen', () => {
    const actor = createActor(routingMachine, { input: { at: MOMENTS['after hours'] } }).start();
    actor.send(answerEvent('situation', 'nonsense'));
    expect(actor.getSnapshot().value).toBe('situation');
    actor.send({ type: 'answer', question: 'situation', value: 'crisis' });
    actor.send({ type: 'answer', question: 'situation', value: 'money' });
    expect(actor.getSnapshot().value).toBe('urgency');
    expect(actor.getSnapshot().context.answers.situation).toBe('crisis');
  });
});

describe('"I\'m not sure"', () => {
  const start = (moment: number) => createActor(routingMachine, { input: { at: moment } }).start();

  it('on urgency takes the branch that cannot wait', () => {
    const actor = start(MOMENTS['office hours before any phase']);
    actor.send({ type: 'answer', question: 'situation', value: 'child-protection' });
    actor.send({ type: 'answer', question: 'urgency', value: 'not-sure' });
    actor.send({ type: 'answer', question: 'municipality', value: 'forssa' });
    // Can-wait would give the municipality's next opening (rule 7); cannot-wait gives rule 10.
    expect(actor.getSnapshot().output?.rule).toBe('municipal-office-hours');
    expect(actor.getSnapshot().context.unsure).toEqual(['urgency']);
    expect(actor.getSnapshot().context.answers.urgency).toBe('cannot-wait');
  });

  it('on the municipality stays inside the region', () => {
    const actor = start(MOMENTS['office hours after all phases']);
    actor.send({ type: 'answer', question: 'situation', value: 'elderly-at-home' });
    actor.send({ type: 'answer', question: 'urgency', value: 'cannot-wait' });
    actor.send({ type: 'answer', question: 'municipality', value: 'not-sure' });
    expect(actor.getSnapshot().output?.contact).toBe('social-crisis-duty');
    expect(actor.getSnapshot().output?.rule).toBe('centralised');
    expect(actor.getSnapshot().context.answers.municipality).toBeUndefined();
  });

  it('is not an answer to what the matter is about', () => {
    const actor = start(MOMENTS['after hours']);
    actor.send(answerEvent('situation', 'not-sure'));
    expect(actor.getSnapshot().value).toBe('situation');
  });
});

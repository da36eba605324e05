import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { routeAnswers } from '../../machines/routeAnswers';
import { routeJsonOf } from '../../machines/routeJson';
import { currentQuestion, routingMachine } from '../../machines/routingMachine';
import type { Answers } from '../../machines/rules';
import { runRouteCommand } from '../../scripts/commands/routeCommand';
import { ROUTING_CASES } from './routingCases';
import { instantOf } from './instant';
import { answerEvent } from './answerEvent';

/** Answers only what the machine asks, as a person does; what it does not ask is given ahead. */
function routeAsAsked(at: number, answers: Answers) {
  const actor = createActor(routingMachine, { input: { at } }).start();
  actor.send(answerEvent('situation', answers.situation ?? ''));
  for (let question = currentQuestion(actor.getSnapshot()); question;) {
    const value = answers[question];
    if (value === undefined) throw new Error(`the machine asked ${question}, which the case lacks`);
    actor.send(answerEvent(question, value));
    question = currentQuestion(actor.getSnapshot());
  }
  const { output } = actor.getSnapshot();
  return output && routeJsonOf(output);
}

const NOW = Date.UTC(2026, 10, 28, 12, 47);

describe('the hand-written routing table (RULES.md §3–§5)', () => {
  it('has at least 40 cases and reaches every rule', () => {
    expect(ROUTING_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ROUTING_CASES.map((c) => c.expected.rule)).size).toBe(11);
  });

  describe.each(ROUTING_CASES)('$name', ({ input, expected }) => {
    const answers = { ...input, at: undefined } as Answers;

    it('through the machine', () => {
      const result = routeAnswers(instantOf(input.at), answers);
      expect(result.ok && routeJsonOf(result.outcome)).toEqual(expected);
    });

    it('through the machine, answering only what it asks', () => {
      // Answers the flow never asks (an urgency for money) only count when given ahead.
      const asked = routeAsAsked(instantOf(input.at), answers);
      if (input.situation === 'money' || input.situation === 'custody-visitation') {
        expect(asked?.contact).toBe(input.situation === 'money' ? 'kela' : 'district-court');
      } else {
        expect(asked).toEqual(expected);
      }
    });

    it('through the route command', () => {
      const argv = Object.entries(input).flatMap(([key, value]) => [`--${key}`, value]);
      const result = runRouteCommand(argv, '', NOW);
      expect(result).toEqual({ stdout: `${JSON.stringify(expected)}\n`, stderr: '', code: 0 });
      expect(Object.keys(JSON.parse(result.stdout) as object)).toEqual([
        'contact',
        'rule',
        'availableNow',
        'nextOpening',
        'phone',
      ]);
    });
  });
});

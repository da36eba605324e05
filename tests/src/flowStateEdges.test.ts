/**
 * The flow kept in history.state, checked field by field (src/citizen/flowState.ts), and the
 * machine's refusal of a preset situation. Instants are written in UTC by hand.
 */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { routingMachine } from '../../machines/routingMachine';
import {
  freshFlow,
  HISTORY_KEY,
  readHistoryState,
  replay,
  shareFragment,
  stepsFromFragment,
} from '../../src/citizen/flowState';
import { untypedAnswer } from '../machines/answerEvent';

const AT = Date.UTC(2023, 3, 11, 7, 0); // Tue 11.4.2023 10:00 Helsinki
const crisis = { question: 'situation', value: 'crisis' } as const;

describe('readHistoryState', () => {
  it('keeps the key it stores under', () => {
    expect(HISTORY_KEY).toBe('kenelleSoitan');
  });

  it.each([
    ['undefined', undefined],
    ['a number', 5],
    ['a string', 'kenelleSoitan'],
    ['another app’s state', { idx: 3 }],
    ['our key holding a string', { kenelleSoitan: 'x' }],
    ['our key holding null', { kenelleSoitan: null }],
    ['no moment', { kenelleSoitan: { session: 's', steps: [] } }],
    ['a moment as text', { kenelleSoitan: { session: 's', at: '1681196400000', steps: [] } }],
    ['no session', { kenelleSoitan: { at: AT, steps: [] } }],
    ['an infinite moment', { kenelleSoitan: { session: 's', at: Infinity, steps: [] } }],
    ['no steps', { kenelleSoitan: { session: 's', at: AT } }],
    ['steps as an object', { kenelleSoitan: { session: 's', at: AT, steps: { 0: crisis } } }],
    ['a null step', { kenelleSoitan: { session: 's', at: AT, steps: [crisis, null] } }],
    ['a step as text', { kenelleSoitan: { session: 's', at: AT, steps: ['situation=crisis'] } }],
    [
      'a step without a question',
      { kenelleSoitan: { session: 's', at: AT, steps: [{ value: 'crisis' }] } },
    ],
    [
      'a step with an unknown question',
      { kenelleSoitan: { session: 's', at: AT, steps: [{ question: 'name', value: 'x' }] } },
    ],
    [
      'a step with a missing answer',
      { kenelleSoitan: { session: 's', at: AT, steps: [{ question: 'situation' }] } },
    ],
  ])('refuses %s', (_what, state) => {
    expect(readHistoryState(state)).toBeNull();
  });

  it('keeps good steps in order and only the remembered answers that are strings of questions', () => {
    expect(
      readHistoryState({
        kenelleSoitan: {
          session: 's',
          at: AT,
          steps: [crisis, { question: 'urgency', value: 'can-wait', extra: 1 }],
          remembered: { situation: 'crisis', urgency: 3, colour: 'red', municipality: 'forssa' },
          depth: 2,
        },
      }),
    ).toEqual({
      at: AT,
      steps: [crisis, { question: 'urgency', value: 'can-wait' }],
      remembered: { situation: 'crisis', municipality: 'forssa' },
      depth: 2,
      session: 's',
    });
  });

  it('ends the steps at a value its question does not offer, as the machine would', () => {
    const read = readHistoryState({
      kenelleSoitan: {
        session: 's',
        at: AT,
        steps: [
          crisis,
          { question: 'urgency', value: 'whenever' },
          { question: 'municipality', value: 'forssa' },
        ],
        resume: [{ question: 'affected', value: 'nobody' }],
        remembered: { urgency: 'whenever', affected: 'not-sure', municipality: 'not-sure' },
      },
    });
    expect(read?.steps).toEqual([crisis]);
    expect(read?.resume).toEqual([]);
    expect(read?.remembered).toEqual({ municipality: 'not-sure' });
  });

  it.each([
    [undefined, 0],
    ['3', 0],
    [-1, 0],
    [0, 0],
    [2.9, 2],
    [7, 7],
  ])('reads depth %j as %i', (depth, expected) => {
    expect(
      readHistoryState({ kenelleSoitan: { session: 's', at: AT, steps: [], depth } })?.depth,
    ).toBe(expected);
  });

  it.each([null, 'situation=crisis', 4])('reads remembered %j as nothing remembered', (r) => {
    expect(
      readHistoryState({ kenelleSoitan: { session: 's', at: AT, steps: [], remembered: r } })
        ?.remembered,
    ).toEqual({});
  });

  it('starts a fresh flow empty, at depth 0 unless told', () => {
    expect(freshFlow(AT, 's')).toEqual({
      at: AT,
      steps: [],
      remembered: {},
      depth: 0,
      session: 's',
    });
    expect(freshFlow(AT, 's', 3)).toEqual({
      at: AT,
      steps: [],
      remembered: {},
      depth: 3,
      session: 's',
    });
  });
});

describe('replay', () => {
  it('stops at an answer the machine does not accept, even when a good one follows', () => {
    const { snapshot, steps } = replay(AT, {}, [untypedAnswer('situation', 'fire'), crisis]);
    expect(steps).toEqual([]);
    expect(snapshot.value).toBe('situation');
  });

  it('stops at a step for another question than the one on screen', () => {
    const { snapshot, steps } = replay(AT, {}, [
      { question: 'urgency', value: 'can-wait' },
      crisis,
    ]);
    expect(steps).toEqual([]);
    expect(snapshot.value).toBe('situation');
    expect(snapshot.context.answers).toEqual({});
  });

  it('uses the presets and reaches the outcome', () => {
    const { snapshot, steps } = replay(AT, { municipality: 'forssa' }, [
      { question: 'situation', value: 'elderly-at-home' },
      { question: 'urgency', value: 'cannot-wait' },
    ]);
    expect(steps).toHaveLength(2);
    expect(snapshot.status).toBe('done');
    expect(snapshot.output).toMatchObject({
      contact: 'own-municipality',
      rule: 'municipal-office-hours',
    });
  });
});

describe('a preset situation', () => {
  it('is refused: the situation is always asked', () => {
    const actor = createActor(routingMachine, {
      input: { at: AT, answers: { situation: 'money', municipality: 'forssa', urgency: 'x' } },
    }).start();
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('situation');
    expect(snapshot.context.answers).toEqual({ municipality: 'forssa' });
    expect(snapshot.context.preset).toEqual(['municipality']);
    actor.stop();
  });
});

describe('share links', () => {
  it('writes the steps in order, encoded, after a #', () => {
    expect(shareFragment([])).toBe('#');
    expect(shareFragment([crisis, untypedAnswer('urgency', 'can wait&x')])).toBe(
      '#situation=crisis&urgency=can+wait%26x',
    );
  });

  it('reads a fragment with or without its #', () => {
    expect(stepsFromFragment('situation=money', AT, {})).toEqual({
      steps: [{ question: 'situation', value: 'money' }],
      complete: true,
    });
    expect(stepsFromFragment('#urgency=can-wait', AT, {})).toBeNull();
  });

  it('takes only a leading # away', () => {
    expect(stepsFromFragment('situation=mo#ney', AT, {})).toEqual({ steps: [], complete: false });
  });

  it('skips an unknown key wherever it is, and is then incomplete', () => {
    expect(stepsFromFragment('#evil=1&situation=money', AT, {})).toEqual({
      steps: [{ question: 'situation', value: 'money' }],
      complete: false,
    });
  });

  it('is incomplete when the outcome comes before the last step', () => {
    expect(stepsFromFragment('#situation=money&urgency=can-wait', AT, {})).toEqual({
      steps: [{ question: 'situation', value: 'money' }],
      complete: false,
    });
  });

  it('is incomplete when a step is refused, and keeps the steps before it', () => {
    expect(stepsFromFragment('#situation=crisis&urgency=soon&municipality=forssa', AT, {})).toEqual(
      { steps: [crisis], complete: false },
    );
  });
});

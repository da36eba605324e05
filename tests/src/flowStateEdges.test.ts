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
  remember,
  replay,
  resumeSteps,
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
    // history.state is a structured clone: unlike JSON, it keeps an undefined in a list.
    ['an undefined step', { kenelleSoitan: { session: 's', at: AT, steps: [crisis, undefined] } }],
    ['a step as a number', { kenelleSoitan: { session: 's', at: AT, steps: [7] } }],
    ['resume as text', { kenelleSoitan: { session: 's', at: AT, steps: [], resume: 'x' } }],
    ['a null in resume', { kenelleSoitan: { session: 's', at: AT, steps: [], resume: [null] } }],
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
    [-0.5, 0],
    [-Infinity, 0],
    [NaN, 0],
    [Infinity, 0],
    [0, 0],
    [0.5, 0],
    [2.9, 2],
    [7, 7],
  ])('reads depth %j as %i', (depth, expected) => {
    expect(
      readHistoryState({ kenelleSoitan: { session: 's', at: AT, steps: [], depth } })?.depth,
    ).toBe(expected);
  });

  it.each([null, 'situation=crisis', 4, { urgency: 'whenever', colour: 'red' }])(
    'reads remembered %j as nothing remembered',
    (r) => {
      const read = readHistoryState({
        kenelleSoitan: { session: 's', at: AT, steps: [], remembered: r },
      });
      // Keys, not toEqual: toEqual would take a key holding undefined for no key.
      expect(read && Object.keys(read.remembered)).toEqual([]);
    },
  );

  it('keeps the remembered answers its questions offer, and no key for the others', () => {
    const read = readHistoryState({
      kenelleSoitan: {
        session: 's',
        at: AT,
        steps: [],
        remembered: { situation: 'crisis', urgency: 'whenever', colour: 'red' },
      },
    });
    expect(read && Object.entries(read.remembered)).toEqual([['situation', 'crisis']]);
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

describe('remember', () => {
  it('adds the answers to those remembered, a later answer to a question winning', () => {
    expect(
      remember({ situation: 'crisis', municipality: 'forssa' }, [
        { question: 'urgency', value: 'can-wait' },
        { question: 'municipality', value: 'loppi' },
        { question: 'municipality', value: 'not-sure' },
      ]),
    ).toEqual({ situation: 'crisis', urgency: 'can-wait', municipality: 'not-sure' });
  });

  it('leaves the remembered answers it was given as they were', () => {
    const remembered = { situation: 'crisis' } as const;
    remember(remembered, [{ question: 'situation', value: 'money' }]);
    expect(remembered).toEqual({ situation: 'crisis' });
  });
});

describe('resumeSteps', () => {
  // §8: urgency, then who is affected, then the place; only what the decision needs.
  const urgency = { question: 'urgency', value: 'cannot-wait' } as const;
  const affected = { question: 'affected', value: 'adult' } as const;
  const forssa = { question: 'municipality', value: 'forssa' } as const;
  const situation = (value: 'other-urgent' | 'domestic-violence' | 'money' | 'crisis') =>
    ({ question: 'situation', value }) as const;

  it('gives the later answers again in the order the machine now asks them', () => {
    expect(resumeSteps(AT, {}, [situation('other-urgent')], [forssa, affected, urgency])).toEqual([
      situation('other-urgent'),
      urgency,
      affected,
      forssa,
    ]);
  });

  it('stops at the first question the later answers do not answer', () => {
    // Crisis was not asked who is affected; domestic violence is (§8).
    expect(resumeSteps(AT, {}, [situation('domestic-violence')], [urgency, forssa])).toEqual([
      situation('domestic-violence'),
      urgency,
    ]);
  });

  it('drops the later answers the machine no longer asks', () => {
    expect(resumeSteps(AT, {}, [situation('money')], [urgency, forssa])).toEqual([
      situation('money'),
    ]);
  });

  it('stops at the outcome', () => {
    const danger = { question: 'urgency', value: 'danger-now' } as const;
    expect(resumeSteps(AT, {}, [situation('crisis')], [danger, forssa])).toEqual([
      situation('crisis'),
      danger,
    ]);
  });

  it('stops at a later answer the machine refuses', () => {
    expect(
      resumeSteps(AT, {}, [situation('crisis')], [untypedAnswer('urgency', 'whenever'), forssa]),
    ).toEqual([situation('crisis')]);
  });

  it('asks no question a preset answers, and replays the steps it is given first', () => {
    expect(
      resumeSteps(AT, { municipality: 'loppi' }, [situation('crisis'), urgency], [forssa]),
    ).toEqual([situation('crisis'), urgency]);
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

  it('stops at a refused value even when the same question follows with a good one', () => {
    expect(stepsFromFragment('#situation=crisis&urgency=soon&urgency=cannot-wait', AT, {})).toEqual(
      { steps: [crisis], complete: false },
    );
    expect(stepsFromFragment('#situation=fire&situation=crisis', AT, {})).toEqual({
      steps: [],
      complete: false,
    });
  });
});

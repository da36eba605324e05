import { describe, expect, it } from 'vitest';
import {
  HISTORY_KEY,
  readHistoryState,
  replay,
  shareFragment,
  stepsFromFragment,
  type Step,
} from '../../src/citizen/flowState';
import { instantOf } from '../machines/instant';
import { untypedAnswer } from '../machines/answerEvent';

const AT = instantOf('2023-04-11T10:00');

describe('the flow kept in history.state', () => {
  it('reads back what was written', () => {
    const flow = {
      at: AT,
      steps: [{ question: 'situation' as const, value: 'crisis' }],
      remembered: { situation: 'crisis' },
      depth: 2,
      session: 'a1b2',
    };
    expect(readHistoryState({ [HISTORY_KEY]: flow, other: 1 })).toEqual(flow);
  });

  it.each([
    null,
    'kenelleSoitan',
    { other: {} },
    { [HISTORY_KEY]: null },
    { [HISTORY_KEY]: { at: 'now', steps: [] } },
    { [HISTORY_KEY]: { at: Number.NaN, steps: [] } },
    { [HISTORY_KEY]: { at: AT, steps: 'situation=crisis' } },
    { [HISTORY_KEY]: { at: AT, steps: [{ question: 'password', value: 'x' }] } },
    { [HISTORY_KEY]: { at: AT, steps: [{ question: 'situation', value: 5 }] } },
    // No session: made before sessions existed, or forged.
    { [HISTORY_KEY]: { at: AT, steps: [], remembered: {}, depth: 0 } },
    { [HISTORY_KEY]: { at: AT, steps: [], remembered: {}, depth: 0, session: '' } },
    // Moments outside the supported range (RULES.md §2): 1.1.1970, before 2023, 2100, 1e20.
    { [HISTORY_KEY]: { at: 0, steps: [], remembered: {}, depth: 0, session: 's' } },
    { [HISTORY_KEY]: { at: 1672523999999, steps: [], remembered: {}, depth: 0, session: 's' } },
    { [HISTORY_KEY]: { at: 4102437600000, steps: [], remembered: {}, depth: 0, session: 's' } },
    { [HISTORY_KEY]: { at: 1e20, steps: [], remembered: {}, depth: 0, session: 's' } },
  ])('refuses a state that is not one of ours or was tampered with: %j', (state) => {
    expect(readHistoryState(state)).toBeNull();
  });

  it('reads a depth that is not a whole number of entries as none', () => {
    const entry = (depth: unknown) => ({
      [HISTORY_KEY]: { at: AT, steps: [], remembered: {}, depth, session: 's' },
    });
    expect(readHistoryState(entry(Infinity))?.depth).toBe(0);
    expect(readHistoryState(entry(-3))?.depth).toBe(0);
    expect(readHistoryState(entry(2.7))?.depth).toBe(2);
  });

  it('replays only the steps the machine takes, and stops at the first it refuses', () => {
    const { snapshot, steps } = replay(AT, {}, [
      { question: 'situation', value: 'crisis' },
      untypedAnswer('urgency', 'whenever'),
      { question: 'municipality', value: 'forssa' },
    ]);
    expect(steps).toEqual([{ question: 'situation', value: 'crisis' }]);
    expect(snapshot.value).toBe('urgency');
  });

  it('makes and reads share links, and says when one is incomplete', () => {
    const steps: Step[] = [
      { question: 'situation', value: 'elderly-at-home' },
      { question: 'urgency', value: 'cannot-wait' },
      { question: 'municipality', value: 'forssa' },
    ];
    const fragment = shareFragment(steps);
    expect(fragment).toBe('#situation=elderly-at-home&urgency=cannot-wait&municipality=forssa');
    expect(stepsFromFragment(fragment, AT, {})).toEqual({ steps, complete: true });
    expect(stepsFromFragment('#situation=elderly-at-home', AT, {})).toEqual({
      steps: steps.slice(0, 1),
      complete: false,
    });
    expect(stepsFromFragment('#situation=money&evil=1', AT, {})?.complete).toBe(false);
    expect(stepsFromFragment('#top', AT, {})).toBeNull();
  });
});

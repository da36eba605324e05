/** Whether a contact can be reached, from the outcome alone (RULES.md §5). */
import { describe, expect, it } from 'vitest';
import { availabilityOf } from '../../src/outcomeWords';

const outcome = (availableNow: boolean | null, nextOpening: string | null) => ({
  contact: 'kela' as const,
  rule: 'money' as const,
  availableNow,
  nextOpening,
  phone: null,
});

describe('availabilityOf', () => {
  it('no hours known (Kela): unknown — never "around the clock"', () => {
    expect(availabilityOf(outcome(null, null))).toBe('unknown');
  });

  it('reachable with no opening time (112, the duty line): always', () => {
    expect(availabilityOf(outcome(true, null))).toBe('always');
  });

  it('office hours: open or closed', () => {
    expect(availabilityOf(outcome(true, '2023-04-11T10:00:00+03:00'))).toBe('open');
    expect(availabilityOf(outcome(false, '2023-04-12T08:00:00+03:00'))).toBe('closed');
  });
});

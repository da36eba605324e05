import { describe, expect, it } from 'vitest';
import { answersPerOutcome, median } from '../../scripts/bench/answersPerOutcome';

/**
 * The fewest answers to each outcome, written out from RULES.md §3 and the order of questions
 * (situation; urgency; who is affected, for domestic violence and other urgent matters; place).
 */
const EXPECTED: Record<string, number> = {
  'money/money': 1,
  'custody-visitation/custody': 1,
  'crisis/danger': 2,
  'domestic-violence/danger': 2, // urgency before who is affected: 112 at once
  'other-urgent/danger': 2,
  'crisis/crisis': 3,
  'authority-consultation/consultation': 3,
  'elderly-at-home/after-hours': 3,
  'domestic-violence/after-hours': 4,
  'other-urgent/municipal-office-hours': 4,
  'child-protection/outside-region': 3,
};

describe('how many answers each outcome takes (issue 12)', () => {
  const rows = answersPerOutcome();
  const byKey = new Map(rows.map((r) => [`${r.situation}/${r.rule}`, r.answers]));

  it.each(Object.entries(EXPECTED))('%s takes %i', (key, answers) => {
    expect(byKey.get(key)).toBe(answers);
  });

  it('no outcome takes more than four answers, and the median is at most four', () => {
    expect(rows.length).toBeGreaterThan(30);
    expect(Math.max(...rows.map((r) => r.answers))).toBeLessThanOrEqual(4);
    expect(median(rows.map((r) => r.answers))).toBeLessThanOrEqual(4);
  });

  it('finds the median by hand-checked examples', () => {
    expect(median([1, 2, 3])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

/** The contacts the specification gives no number (docs/SPECIFICATION.md §6): the outcome says so. */
import { describe, expect, it } from 'vitest';
import { isNumberless } from '../../machines/outcomeDescription';

describe('isNumberless', () => {
  it.each(['own-municipality', 'kela', 'district-court', 'other-region-services'] as const)(
    '%s has no number',
    (contact) => {
      expect(isNumberless(contact)).toBe(true);
    },
  );

  it.each(['emergency-112', 'social-crisis-duty', 'other-region'] as const)(
    '%s has one',
    (contact) => {
      expect(isNumberless(contact)).toBe(false);
    },
  );
});

/**
 * The facts every text interpolates (machines/facts.ts), written by hand from
 * docs/SPECIFICATION.md §1 (the numbers) and §2 (office hours 8–16, the phase date "24.4.").
 */
import { describe, expect, it } from 'vitest';
import { clockText, factVariables, phaseWithoutYear } from '../../machines/facts';

describe('factVariables', () => {
  it('gives 112, the direct line and the office hours as the texts write them', () => {
    expect(factVariables()).toEqual({
      emergencyNumber: '112',
      dutyNumber: '03 621 7100',
      officeOpens: '8',
      officeCloses: '16',
    });
  });
});

describe('clockText', () => {
  it.each([
    [{ hour: 8, minute: 0 }, '8'],
    [{ hour: 16, minute: 0 }, '16'],
    [{ hour: 8, minute: 30 }, '8.30'],
    [{ hour: 9, minute: 5 }, '9.05'],
    [{ hour: 0, minute: 0 }, '0'],
  ])('writes %o as %s', (time, text) => {
    expect(clockText(time)).toBe(text);
  });
});

describe('phaseWithoutYear', () => {
  it('is the elderly phase, which the page dates "24.4." (assumption phase-year)', () => {
    expect(phaseWithoutYear()).toEqual({ from: '2023-04-24', sourceText: '24.4.' });
  });
});

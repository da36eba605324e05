import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeAnswers } from '../../machines/routeAnswers';
import { routeJsonOf } from '../../machines/routeJson';
import {
  AFFECTED_IDS,
  MUNICIPALITY_IDS,
  SITUATION_IDS,
  URGENCY_IDS,
  type Answers,
} from '../../machines/rules';
import { instantOf, isOfficeHoursOracle as isOfficeHours } from './instant';

const FROM = instantOf('2023-01-01T00:00');
// Up to the end of the hand-written holiday table that judges office hours here.
const TO = instantOf('2035-12-31T23:59:59');

const instant = fc.integer({ min: FROM, max: TO });
const fullAnswers = fc.record({
  situation: fc.constantFrom(...SITUATION_IDS),
  affected: fc.constantFrom(...AFFECTED_IDS),
  urgency: fc.constantFrom(...URGENCY_IDS),
  municipality: fc.constantFrom(...MUNICIPALITY_IDS),
});

const route = (at: number, answers: Answers) => {
  const result = routeAnswers(at, answers);
  if (!result.ok) throw new Error(`no outcome: ${result.missing} missing`);
  // The §5 JSON: these properties are the command's contract.
  return routeJsonOf(result.outcome);
};

/** Fewer under Stryker (vitest.mutation.config.ts), which re-runs them for many mutants. */
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 2000) };

describe('properties over 2023–2035', () => {
  it('every complete set of answers gives exactly one outcome', () => {
    fc.assert(
      fc.property(instant, fullAnswers, (at, answers) => {
        const result = routeAnswers(at, answers);
        expect(result.ok).toBe(true);
      }),
      RUNS,
    );
  });

  it('danger-now always gives 112', () => {
    fc.assert(
      fc.property(instant, fullAnswers, (at, answers) => {
        expect(route(at, { ...answers, urgency: 'danger-now' }).contact).toBe('emergency-112');
      }),
      RUNS,
    );
  });

  it('a crisis in the region never goes to the municipality', () => {
    fc.assert(
      fc.property(
        instant,
        fullAnswers.filter((a) => a.municipality !== 'outside'),
        (at, answers) => {
          expect(route(at, { ...answers, situation: 'crisis' }).contact).not.toBe(
            'own-municipality',
          );
        },
      ),
      RUNS,
    );
  });

  it('after hours nothing urgent goes to the municipality', () => {
    fc.assert(
      fc.property(
        instant.filter((at) => !isOfficeHours(at)),
        fullAnswers.filter((a) => a.urgency !== 'can-wait'),
        (at, answers) => {
          expect(route(at, answers).contact).not.toBe('own-municipality');
        },
      ),
      RUNS,
    );
  });

  it('the next opening is never before the instant and always inside office hours', () => {
    fc.assert(
      fc.property(instant, fullAnswers, (at, answers) => {
        const { nextOpening, contact, availableNow } = route(at, answers);
        if (contact === 'own-municipality' || contact === 'district-court') {
          expect(nextOpening).not.toBeNull();
          const opening = instantOf(nextOpening ?? '');
          expect(opening).toBeGreaterThanOrEqual(Math.floor(at / 1000) * 1000);
          expect(isOfficeHours(opening)).toBe(true);
          expect(availableNow).toBe(isOfficeHours(at));
        } else {
          expect(nextOpening).toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('an answer the flow does not ask never changes the outcome', () => {
    fc.assert(
      fc.property(instant, fullAnswers, fullAnswers, (at, answers, other) => {
        const base = route(at, answers);
        const situation = answers.situation;
        if (situation !== 'domestic-violence' && situation !== 'other-urgent') {
          expect(route(at, { ...answers, affected: other.affected })).toEqual(base);
        }
        if (answers.urgency === 'danger-now') {
          expect(route(at, { ...answers, municipality: other.municipality })).toEqual(base);
        }
        if (
          (situation === 'money' || situation === 'custody-visitation') &&
          other.urgency !== 'danger-now'
        ) {
          const { urgency: _u, municipality: _m, ...withoutThem } = answers;
          expect(route(at, { ...withoutThem, urgency: other.urgency })).toEqual(
            route(at, withoutThem),
          );
        }
      }),
      { numRuns: Math.ceil(RUNS.numRuns / 4) },
    );
  });
});

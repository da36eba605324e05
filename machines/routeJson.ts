/**
 * The `route` command's JSON (docs/SPECIFICATION.md §5): the contract that staff scripts and
 * acceptance checks read. It is one serialization of an outcome description, for the commands
 * and the staff matrix's CSV only; the machine's output and the screens are the description itself.
 */
import { describeOutcome, type OutcomeDescription } from './outcomeDescription';
import type { ContactId, RuleId } from './rules';
import { formatHelsinkiIso } from './helsinkiCalendar';

export interface RouteOutcome {
  contact: ContactId;
  rule: RuleId;
  /** null where the source gives no hours (Kela). */
  availableNow: boolean | null;
  /** ISO 8601 with the Helsinki offset, for office-hours contacts; else null. */
  nextOpening: string | null;
  phone: string | null;
}

export function routeJsonOf(outcome: OutcomeDescription): RouteOutcome {
  const { kind } = outcome.availability;
  return {
    contact: outcome.contact,
    rule: outcome.rule,
    availableNow: kind === 'unknown' ? null : kind !== 'closed',
    nextOpening: outcome.nextOpening === null ? null : formatHelsinkiIso(outcome.nextOpening),
    phone: outcome.line?.phone ?? null,
  };
}

/** The §5 JSON of a rule at an instant (it does not depend on the answers). */
export function outcomeOf(rule: RuleId, instant: number): RouteOutcome {
  return routeJsonOf(describeOutcome(rule, {}, instant));
}

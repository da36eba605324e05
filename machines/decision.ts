/**
 * Pure functions behind the machine's guards and outputs. They read the data of rules.ts; the
 * machine (routingMachine.ts) decides which of them to ask, and in what order.
 */
import {
  AFFECTED,
  ANSWER_IDS,
  ASSUMPTIONS,
  CONTACT_NOTES,
  CONTACTS,
  DECISION_TABLE,
  HOLIDAYS_PROVENANCE,
  OFFICE_HOURS,
  PHASES,
  PHASES_PROVENANCE,
  QUESTION_NEEDED_WHEN,
  SITUATIONS,
  type Answers,
  type AssumptionId,
  type Provenance,
  type SourceId,
  type ContactId,
  type Domain,
  type OutcomeNote,
  type Question,
  type RuleId,
} from './rules';
import {
  formatHelsinkiIso,
  isOfficeHours,
  nextOfficeHoursChange,
  nextOfficeOpening,
  startOfHelsinkiDate,
} from './helsinkiCalendar';

export function isValidAnswer<Q extends Question>(
  question: Q,
  value: unknown,
): value is NonNullable<Answers[Q]> {
  return (ANSWER_IDS[question] as readonly unknown[]).includes(value);
}

/** The service domain of the matter, or null when the situation has none (or it is not known). */
export function domainOf(answers: Answers): Domain | null {
  const situation = SITUATIONS.find((s) => s.id === answers.situation);
  if (!situation) return null;
  if (situation.domain !== 'by-affected') return situation.domain;
  return AFFECTED.find((a) => a.id === answers.affected)?.domain ?? null;
}

/** Whether the decision needs this question, given the answers so far. */
export function isQuestionNeeded(question: Question, answers: Answers): boolean {
  if (question === 'situation') return true;
  if (answers.situation === undefined) return false;
  const when = QUESTION_NEEDED_WHEN[question];
  if (
    'situationDomainIs' in when &&
    SITUATIONS.find((s) => s.id === answers.situation)?.domain !== when.situationDomainIs
  ) {
    return false;
  }
  if (
    'situationNotIn' in when &&
    (when.situationNotIn as readonly string[]).includes(answers.situation)
  ) {
    return false;
  }
  return !('urgencyNot' in when && answers.urgency === when.urgencyNot);
}

/** Whether the domain is centralised (S6) at the instant; crisis and no domain never are. */
export function isCentralised(domain: Domain | null, instant: number): boolean {
  const phase = PHASES.find((p) => p.domain === domain);
  return phase !== undefined && instant >= startOfHelsinkiDate(phase.from);
}

/**
 * The next instant after `instant` at which the same answers may be routed differently: office
 * hours open or close, or a phase (S6) begins.
 */
export function nextRoutingChange(instant: number): number {
  const phaseStarts = PHASES.map((p) => startOfHelsinkiDate(p.from)).filter((t) => t > instant);
  return Math.min(nextOfficeHoursChange(instant), ...phaseStarts);
}

export interface RouteOutcome {
  contact: ContactId;
  rule: RuleId;
  /** null where the source gives no hours (Kela). */
  availableNow: boolean | null;
  /** ISO 8601 with the Helsinki offset, for office-hours contacts; else null. */
  nextOpening: string | null;
  phone: string | null;
}

/** The outcome of a rule at an instant: the contact and its availability (docs/SPECIFICATION.md §5). */
export function outcomeOf(rule: RuleId, instant: number): RouteOutcome {
  const row = DECISION_TABLE.find((r) => r.id === rule);
  if (!row) throw new Error(`Unknown rule ${rule}`);
  const contact = CONTACTS[row.contact];
  const office = contact.hours === 'office';
  return {
    contact: row.contact,
    rule,
    availableNow: contact.hours === 'always' ? true : office ? isOfficeHours(instant) : null,
    nextOpening: office ? formatHelsinkiIso(nextOfficeOpening(instant)) : null,
    phone: contact.phone,
  };
}

/**
 * What an outcome rests on: the source sections and assumptions of its rule and contact, and,
 * for contacts with office hours, those of the office-hours calendar.
 */
export function provenanceOf(rule: RuleId): { sources: SourceId[]; assumptions: AssumptionId[] } {
  const row = DECISION_TABLE.find((r) => r.id === rule);
  if (!row) throw new Error(`Unknown rule ${rule}`);
  const contact = CONTACTS[row.contact];
  const parts: Provenance[] = [row, contact];
  if (contact.hours === 'office') {
    parts.push(OFFICE_HOURS.provenance, HOLIDAYS_PROVENANCE, {
      sources: [],
      assumptions: ['next-opening-same-day'],
    });
  }
  // Stryker disable next-line ConditionalExpression,StringLiteral: the centralised rule itself cites S6
  if (rule === 'centralised' || rule === 'municipal-office-hours') parts.push(PHASES_PROVENANCE);
  const sources = new Set<SourceId>();
  const assumptions = new Set<AssumptionId>();
  for (const part of parts) {
    part.sources.forEach((s) => sources.add(s));
    part.assumptions?.forEach((a) => assumptions.add(a));
  }
  return {
    sources: [...sources].sort(),
    assumptions: ASSUMPTIONS.map((a) => a.id).filter((id) => assumptions.has(id)),
  };
}

/** The notes an outcome adds (rules.ts: the rule's own first, then the contact's). */
export function notesOf(rule: RuleId): OutcomeNote[] {
  const row = DECISION_TABLE.find((r) => r.id === rule);
  if (!row) throw new Error(`Unknown rule ${rule}`);
  const own: readonly OutcomeNote[] = 'notes' in row ? row.notes : [];
  return [...new Set([...own, ...CONTACT_NOTES[row.contact]])];
}

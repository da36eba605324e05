/**
 * Facts of a rule as the rules data (rules.ts) gives them: its row, whether it depends on the
 * phases, what it rests on (the one provenance function), the notes it adds, and the domain of a
 * matter. The guards (decision.ts) and the outcome description (outcomeDescription.ts) read them.
 */
import {
  AFFECTED,
  ASSUMPTIONS,
  CONTACT_NOTES,
  CONTACTS,
  DECISION_TABLE,
  HOLIDAYS_PROVENANCE,
  OFFICE_HOURS,
  PHASES_PROVENANCE,
  SITUATIONS,
  type Answers,
  type AssumptionId,
  type Domain,
  type OutcomeNote,
  type Provenance,
  type RuleId,
  type SourceId,
} from './rules';

/** A row of the decision table by its id; an unknown id is refused by name. */
export function ruleRow(rule: RuleId): (typeof DECISION_TABLE)[number] {
  const row = DECISION_TABLE.find((r) => r.id === rule);
  if (!row) throw new Error(`Unknown rule ${rule}`);
  return row;
}

/** Whether the rule holds by the phases of S6 (rules.ts: `dependsOnPhase`). */
export function dependsOnPhase(rule: RuleId): boolean {
  return 'dependsOnPhase' in ruleRow(rule);
}

/** The service domain of the matter, or null when the situation has none (or it is not known). */
export function domainOf(answers: Answers): Domain | null {
  const situation = SITUATIONS.find((s) => s.id === answers.situation);
  if (!situation) return null;
  if (situation.domain !== 'by-affected') return situation.domain;
  return AFFECTED.find((a) => a.id === answers.affected)?.domain ?? null;
}

/**
 * What an outcome rests on: the source sections and assumptions of its rule and contact, and,
 * for contacts with office hours, those of the office-hours calendar.
 */
export function provenanceOf(rule: RuleId): { sources: SourceId[]; assumptions: AssumptionId[] } {
  const row = ruleRow(rule);
  const contact = CONTACTS[row.contact];
  const parts: Provenance[] = [row, contact];
  if (contact.hours === 'office') {
    parts.push(OFFICE_HOURS.provenance, HOLIDAYS_PROVENANCE, {
      sources: [],
      assumptions: ['next-opening-same-day'],
    });
  }
  if (dependsOnPhase(rule)) parts.push(PHASES_PROVENANCE);
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
  const row = ruleRow(rule);
  const own: readonly OutcomeNote[] = 'notes' in row ? row.notes : [];
  return [...new Set([...own, ...CONTACT_NOTES[row.contact]])];
}

/**
 * The whole outcome for every face (docs/SPECIFICATION.md §1, §3–§6): whom to contact, how
 * (number and `tel:` link, or website), whether they can be reached at the moment, what else to
 * say, which other lines fit, and what it rests on. The citizen screens, the staff view, the
 * commands and the generated docs read this; none of them works out a contact, an hour or a
 * source for itself. The §5 JSON is one serialization of it (routeJson.ts).
 */
import {
  CONTACTS,
  HELPLINES,
  PHASES,
  READY_FOR,
  RULE_IDS,
  SITUATION_NOTES,
  SOURCE_HEADINGS,
  WEBSITES,
  type Answers,
  type AssumptionId,
  type ContactId,
  type OutcomeNote,
  type RegionMunicipalityId,
  type RuleId,
  type SituationId,
  type SituationNote,
  type SourceId,
} from './rules';
import { dependsOnPhase, domainOf, notesOf, provenanceOf, ruleRow } from './ruleFacts';
import { isOfficeHours, nextOfficeHoursChange, nextOfficeOpening } from './helsinkiCalendar';

/**
 * Whether the contact can be reached at the moment: around the clock, open until the office
 * closes, closed until it next opens (both epoch ms), or unknown (the source gives no hours).
 */
export type Availability =
  | { kind: 'always' }
  | { kind: 'open'; until: number }
  | { kind: 'closed'; until: number }
  | { kind: 'unknown' };

/** A number to call: as shown, and the link that dials it. */
export interface PhoneLine {
  phone: string;
  href: `tel:${string}`;
}

export type Helpline = (typeof HELPLINES)[number] & { href: `tel:${string}` };

export type SourceGloss = NonNullable<(typeof SOURCE_HEADINGS)[SourceId]>['gloss'];

export interface OutcomeDescription {
  rule: RuleId;
  /** The rule's place in the decision table, from 1. */
  ruleNumber: number;
  contact: ContactId;
  /** The number to call, or null where the specification gives none (§6: never invent one). */
  line: PhoneLine | null;
  /** The body's own website, where the outcome links one instead of a number. */
  website: string | null;
  /** The municipality named on an own-municipality outcome (none outside or when unsure). */
  municipality: RegionMunicipalityId | null;
  availability: Availability;
  /** The next office opening from the moment (the moment itself when open), for office hours. */
  nextOpening: number | null;
  /** Whether the outcome is a call to the emergency number: other help comes after the call. */
  isEmergencyCall: boolean;
  /** Whether to list what to have ready before the call. */
  ready: boolean;
  notes: OutcomeNote[];
  situationNotes: readonly SituationNote[];
  /** The national lines that fit the situation (§6), in the order of rules.ts. */
  helplines: Helpline[];
  /** For a rule that depends on the phases: the domain's phase, which its words name. */
  phase: (typeof PHASES)[number] | null;
  provenance: {
    sources: SourceId[];
    assumptions: AssumptionId[];
    /** Each section with the source page's own heading over it (S9, not in the source: none). */
    sections: { id: SourceId; heading: string | null }[];
    /** Those headings, each once, as citizens see them (never the ids). */
    headings: { heading: string; gloss: SourceGloss }[];
  };
}

/** A number in international form as a dialling link. */
export const telHref = (tel: string): `tel:${string}` => `tel:${tel}`;

/** The number of a contact, or null where it has none. */
export function phoneLineOf(contact: ContactId): PhoneLine | null {
  const { phone, tel } = CONTACTS[contact];
  return phone === null ? null : { phone, href: telHref(tel) };
}

/** The contacts that have a number (rules.ts): 112 and the direct line. */
export type CallableContact = {
  [K in ContactId]: (typeof CONTACTS)[K]['phone'] extends string ? K : never;
}[ContactId];

/** The contacts the specification gives no number: a municipality, Kela, the court, … (§6). */
export type NumberlessContact = Exclude<ContactId, CallableContact>;

export const isNumberless = (contact: ContactId): contact is NumberlessContact =>
  CONTACTS[contact].phone === null;

/** The number of a contact that has one, for the blocks shown on every screen. */
export function phoneLine(contact: CallableContact): PhoneLine {
  const { phone, tel } = CONTACTS[contact];
  return { phone, href: telHref(tel) };
}

/** The national lines that fit a situation (§6), none when the situation is not known. */
export function helplinesFor(situation: SituationId | undefined): Helpline[] {
  // Stryker disable next-line StringLiteral: no helpline fits any string that is not a situation id
  return HELPLINES.filter((h) => (h.fits as readonly string[]).includes(situation ?? '')).map(
    (h) => ({ ...h, href: telHref(h.tel) }),
  );
}

function availabilityOf(contact: ContactId, at: number): Availability {
  switch (CONTACTS[contact].hours) {
    case 'always':
      return { kind: 'always' };
    case 'unknown':
      return { kind: 'unknown' };
    case 'office':
      return isOfficeHours(at)
        ? { kind: 'open', until: nextOfficeHoursChange(at) }
        : { kind: 'closed', until: nextOfficeOpening(at) };
  }
}

function headingsOf(sources: readonly SourceId[]): OutcomeDescription['provenance']['headings'] {
  const out: OutcomeDescription['provenance']['headings'] = [];
  for (const id of sources) {
    const entry = SOURCE_HEADINGS[id];
    if (entry !== null && !out.some((h) => h.heading === entry.heading)) out.push(entry);
  }
  return out;
}

/** The outcome of a rule for the answers, at the moment `at` (epoch ms). */
export function describeOutcome(rule: RuleId, answers: Answers, at: number): OutcomeDescription {
  const { contact } = ruleRow(rule);
  const availability = availabilityOf(contact, at);
  const provenance = provenanceOf(rule);
  const line = phoneLineOf(contact);
  const { municipality } = answers;
  const domain = domainOf(answers);
  return {
    rule,
    ruleNumber: RULE_IDS.indexOf(rule) + 1,
    contact,
    line,
    website: contact in WEBSITES ? WEBSITES[contact as keyof typeof WEBSITES].url : null,
    municipality:
      contact === 'own-municipality' && municipality !== undefined && municipality !== 'outside'
        ? municipality
        : null,
    availability,
    nextOpening: CONTACTS[contact].hours === 'office' ? nextOfficeOpening(at) : null,
    isEmergencyCall: line?.phone === CONTACTS['emergency-112'].phone,
    ready: READY_FOR.includes(contact),
    notes: notesOf(rule),
    situationNotes: (answers.situation && SITUATION_NOTES[answers.situation]) || [],
    helplines: helplinesFor(answers.situation),
    phase: dependsOnPhase(rule) ? (PHASES.find((p) => p.domain === domain) ?? null) : null,
    provenance: {
      ...provenance,
      sections: provenance.sources.map((id) => ({
        id,
        heading: SOURCE_HEADINGS[id]?.heading ?? null,
      })),
      headings: headingsOf(provenance.sources),
    },
  };
}

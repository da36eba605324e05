/**
 * The routing rules as data: the one place to change a municipality, a phase date, office hours,
 * a holiday, a contact or the order of the decision table.
 *
 * Every entry names its source: a section of the service description (S1–S9, see
 * docs/source/SECTIONS.md) or, where the source is silent, an assumption listed in `assumptions`
 * below. The specification of all of this is docs/SPECIFICATION.md (it follows RULES.md v2).
 *
 * Words that people read (names of situations, holidays, contacts) are in locales/, keyed by the
 * ids here. Nothing here may hold a phone number that the specification (§6) does not list.
 */

export type SourceId = 'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S6' | 'S7' | 'S8' | 'S9';
export type AssumptionId =
  | 'urgent-help'
  | 'cannot-wait-direct-line'
  | 'can-wait-own-municipality'
  | 'not-sure-safer'
  | 'office-hours'
  | 'holidays'
  | 'next-opening-same-day'
  | 'district-court-hours'
  | 'phase-year'
  | 'before-centralisation'
  | 'supported-range'
  | 'other-region-phone'
  | 'nonexistent-local-time';

/** A rule's provenance: the sections it rests on and the assumptions it adds. */
export interface Provenance {
  readonly sources: readonly SourceId[];
  readonly assumptions?: readonly AssumptionId[];
}

/**
 * The source page's own headings (in Finnish, its only language), under which each section S1–S9
 * stands. Citizens see these words, never the ids, which exist only in this project; `gloss` keys
 * a translation in locales/ (sourceGloss.*). S9 (not in the source) has no heading.
 */
export const SOURCE_HEADINGS = {
  S1: { heading: 'Sosiaali- ja kriisipäivystys', gloss: 'page' },
  S2: { heading: 'Sosiaali- ja kriisipäivystys', gloss: 'page' },
  S3: { heading: 'Näitä palveluita saat 24/7', gloss: 'services247' },
  S4: { heading: 'Miten otan yhteyttä?', gloss: 'contact' },
  S5: { heading: 'Miten otan yhteyttä?', gloss: 'contact' },
  S6: { heading: 'Miten otan yhteyttä?', gloss: 'contact' },
  S7: { heading: 'Sosiaali- ja kriisipäivystyksessä hoidetaan', gloss: 'handles' },
  S8: { heading: 'Sosiaali- ja kriisipäivystyksessä ei hoideta', gloss: 'notHandled' },
  S9: null,
} as const satisfies Record<SourceId, { heading: string; gloss: string } | null>;

// ── §1 Vocabulary ──────────────────────────────────────────────────────────────────────────────

export const MUNICIPALITIES = [
  { id: 'forssa', name: 'Forssa' },
  { id: 'hattula', name: 'Hattula' },
  { id: 'hausjarvi', name: 'Hausjärvi' },
  { id: 'humppila', name: 'Humppila' },
  { id: 'hameenlinna', name: 'Hämeenlinna' },
  { id: 'janakkala', name: 'Janakkala' },
  { id: 'jokioinen', name: 'Jokioinen' },
  { id: 'loppi', name: 'Loppi' },
  { id: 'riihimaki', name: 'Riihimäki' },
  { id: 'tammela', name: 'Tammela' },
  { id: 'ypaja', name: 'Ypäjä' },
] as const;
export const MUNICIPALITIES_SOURCE: Provenance = { sources: ['S2'] };

/** `outside` stands for any place outside the eleven municipalities of S2. */
export const OUTSIDE = 'outside';
export type RegionMunicipalityId = (typeof MUNICIPALITIES)[number]['id'];
export type MunicipalityId = RegionMunicipalityId | typeof OUTSIDE;
export const MUNICIPALITY_IDS: readonly MunicipalityId[] = [
  ...MUNICIPALITIES.map((m) => m.id),
  OUTSIDE,
];

export type Domain = 'family' | 'social' | 'elderly' | 'disability' | 'crisis';

/** `domain`: a fixed service domain, `by-affected` (ask who is affected) or null (no domain). */
export const SITUATIONS = [
  { id: 'child-protection', domain: 'family', sources: ['S7'] },
  { id: 'minor-substance-crime', domain: 'family', sources: ['S7'] },
  { id: 'domestic-violence', domain: 'by-affected', sources: ['S7'] },
  { id: 'crisis', domain: 'crisis', sources: ['S3', 'S7'] },
  { id: 'elderly-at-home', domain: 'elderly', sources: ['S7'] },
  { id: 'disability', domain: 'disability', sources: ['S5', 'S6'] },
  { id: 'other-urgent', domain: 'by-affected', sources: ['S7'] },
  { id: 'authority-consultation', domain: null, sources: ['S7'] },
  { id: 'money', domain: null, sources: ['S8'] },
  { id: 'custody-visitation', domain: null, sources: ['S8'] },
] as const satisfies readonly {
  id: string;
  domain: Domain | 'by-affected' | null;
  sources: readonly SourceId[];
}[];
export type SituationId = (typeof SITUATIONS)[number]['id'];
export const SITUATION_IDS: readonly SituationId[] = SITUATIONS.map((s) => s.id);

/** Notes an outcome adds for a situation, whatever the rule (review 2026-11-28). */
export type SituationNote = 'not-your-fault';
export const SITUATION_NOTES: Partial<Record<SituationId, readonly SituationNote[]>> = {
  'domestic-violence': ['not-your-fault'],
};

/** Who is affected, asked only where the situation's domain is `by-affected`. */
export const AFFECTED = [
  { id: 'child-family', domain: 'family' },
  { id: 'adult', domain: 'social' },
  { id: 'elderly', domain: 'elderly' },
  { id: 'disabled', domain: 'disability' },
] as const satisfies readonly { id: string; domain: Domain }[];
export type AffectedId = (typeof AFFECTED)[number]['id'];
export const AFFECTED_IDS: readonly AffectedId[] = AFFECTED.map((a) => a.id);

export const URGENCY_IDS = ['danger-now', 'cannot-wait', 'can-wait'] as const;
export type UrgencyId = (typeof URGENCY_IDS)[number];

/** The questions (the vocabulary order, also of the command's options and the CSV columns). */
export const QUESTIONS = ['situation', 'affected', 'urgency', 'municipality'] as const;
export type Question = (typeof QUESTIONS)[number];

/**
 * The order in which they are asked: what can end the flow soonest first. Urgency comes before
 * who is affected, so that "someone is in danger now" goes straight to 112 (rule 1).
 */
export const ASK_ORDER = [
  'situation',
  'urgency',
  'affected',
  'municipality',
] as const satisfies readonly Question[];

export interface Answers {
  situation?: SituationId;
  affected?: AffectedId;
  urgency?: UrgencyId;
  municipality?: MunicipalityId;
}

export const ANSWER_IDS: { readonly [Q in Question]: readonly NonNullable<Answers[Q]>[] } = {
  situation: SITUATION_IDS,
  affected: AFFECTED_IDS,
  urgency: URGENCY_IDS,
  municipality: MUNICIPALITY_IDS,
};

/**
 * "I'm not sure" is offered where a person may not know, and takes the safer branch: an urgency
 * that cannot wait, and a place inside the region (no particular municipality is then named).
 */
export const NOT_SURE = 'not-sure';
export const NOT_SURE_MEANS = {
  urgency: 'cannot-wait',
  municipality: null,
} as const satisfies { [Q in Question]?: Answers[Q] | null };
export type UnsureQuestion = keyof typeof NOT_SURE_MEANS;

/** A value one question takes: one of its ids, or "I'm not sure" where that is offered. */
export type AnswerValue<Q extends Question> =
  NonNullable<Answers[Q]> | (Q extends UnsureQuestion ? typeof NOT_SURE : never);

/**
 * An answer as a person gives it, its value typed by its question. Values from outside (a URL,
 * `history.state`, a message) become one only through `parseAnswer` (decision.ts).
 */
export type GivenAnswer = { [Q in Question]: { question: Q; value: AnswerValue<Q> } }[Question];

/**
 * When a question is needed for the decision (§3). Situation is always asked first. Money and
 * custody are decided by the situation alone (§5: urgency and municipality may be left out);
 * danger-now goes to 112 wherever the person is and whoever is affected (rule 1), so neither the
 * municipality nor who is affected is asked then.
 */
export const QUESTION_NEEDED_WHEN = {
  affected: { situationDomainIs: 'by-affected', urgencyNot: 'danger-now' },
  urgency: { situationNotIn: ['money', 'custody-visitation'] },
  municipality: {
    situationNotIn: ['money', 'custody-visitation'],
    urgencyNot: 'danger-now',
  },
} as const;

// ── §2 Time ────────────────────────────────────────────────────────────────────────────────────

export const TIME_ZONE = 'Europe/Helsinki';

/**
 * The moments the app routes (docs/SPECIFICATION.md §2, assumption `supported-range`): from `from` 00:00 to
 * `to` 23:59 Helsinki time, both days included. Before it the source says nothing (the wellbeing
 * services county began in 2023); after it the holiday rules are not checked.
 */
export const SUPPORTED_RANGE = {
  from: '2023-01-01',
  to: '2099-12-31',
  provenance: { sources: ['S9'], assumptions: ['supported-range'] },
} as const;

/** Office hours: Monday (1) to Friday (5), from `opens` inclusive to `closes` exclusive. */
export const OFFICE_HOURS = {
  weekdays: [1, 2, 3, 4, 5],
  opens: { hour: 8, minute: 0 },
  closes: { hour: 16, minute: 0 },
  provenance: { sources: ['S9'], assumptions: ['office-hours'] },
} as const;

export type HolidayRule =
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'easter'; offsetDays: number }
  | { kind: 'weekday-between'; weekday: number; month: number; fromDay: number; toDay: number };

/** Finnish public holidays that close the office when they fall on a weekday (assumption). */
export const HOLIDAYS = [
  { id: 'new-years-day', rule: { kind: 'fixed', month: 1, day: 1 } },
  { id: 'epiphany', rule: { kind: 'fixed', month: 1, day: 6 } },
  { id: 'good-friday', rule: { kind: 'easter', offsetDays: -2 } },
  { id: 'easter-monday', rule: { kind: 'easter', offsetDays: 1 } },
  { id: 'may-day', rule: { kind: 'fixed', month: 5, day: 1 } },
  { id: 'ascension-day', rule: { kind: 'easter', offsetDays: 39 } },
  {
    id: 'midsummer-eve',
    rule: { kind: 'weekday-between', weekday: 5, month: 6, fromDay: 19, toDay: 25 },
  },
  { id: 'independence-day', rule: { kind: 'fixed', month: 12, day: 6 } },
  { id: 'christmas-eve', rule: { kind: 'fixed', month: 12, day: 24 } },
  { id: 'christmas-day', rule: { kind: 'fixed', month: 12, day: 25 } },
  { id: 'st-stephens-day', rule: { kind: 'fixed', month: 12, day: 26 } },
] as const satisfies readonly { id: string; rule: HolidayRule }[];
export type HolidayId = (typeof HOLIDAYS)[number]['id'];
export const HOLIDAYS_PROVENANCE: Provenance = { sources: ['S9'], assumptions: ['holidays'] };

/** Centralisation phases (S6): from 00:00 Helsinki time of the date. Crisis is never phased. */
/**
 * `sourceText`: where the source gives the date without a year ("24.4."), its own words; the
 * year 2023 is assumption `phase-year`.
 */
export const PHASES = [
  { domain: 'family', from: '2023-03-13', sourceText: null },
  { domain: 'social', from: '2023-04-03', sourceText: null },
  { domain: 'elderly', from: '2023-04-24', sourceText: '24.4.' },
  { domain: 'disability', from: '2023-04-24', sourceText: '24.4.' },
] as const satisfies readonly {
  domain: Exclude<Domain, 'crisis'>;
  from: string;
  sourceText: string | null;
}[];
export const PHASES_PROVENANCE: Provenance = { sources: ['S6'], assumptions: ['phase-year'] };

// ── Contacts (§1, §5) ──────────────────────────────────────────────────────────────────────────

export type ContactId =
  | 'emergency-112'
  | 'social-crisis-duty'
  | 'own-municipality'
  | 'kela'
  | 'district-court'
  | 'other-region'
  | 'other-region-services';

/**
 * `phone` is the number shown to the user, `tel` the same in international form for links.
 * `hours`: `always` (reachable 24/7), `office` (office hours of §2) or `unknown` (the source
 * gives none). The source gives no number for a municipality, Kela or the district court.
 */
/** The emergency number (S4): one place, for 112 itself and for 112 outside the region. */
const EMERGENCY_NUMBER = { phone: '112', tel: '112' } as const;

export const CONTACTS = {
  'emergency-112': { ...EMERGENCY_NUMBER, hours: 'always', sources: ['S4'] },
  'social-crisis-duty': {
    phone: '03 621 7100',
    tel: '+35836217100',
    hours: 'always',
    sources: ['S3', 'S4'],
  },
  'own-municipality': { phone: null, tel: null, hours: 'office', sources: ['S5', 'S8'] },
  kela: { phone: null, tel: null, hours: 'unknown', sources: ['S8'] },
  'district-court': {
    phone: null,
    tel: null,
    hours: 'office',
    sources: ['S8'],
    assumptions: ['district-court-hours'],
  },
  'other-region': {
    ...EMERGENCY_NUMBER,
    hours: 'always',
    sources: ['S2', 'S4'],
    assumptions: ['other-region-phone'],
  },
  'other-region-services': {
    phone: null,
    tel: null,
    hours: 'unknown',
    sources: ['S2', 'S4', 'S8'],
  },
} as const satisfies Record<
  ContactId,
  {
    phone: string | null;
    tel: string | null;
    hours: 'always' | 'office' | 'unknown';
    sources: readonly SourceId[];
    assumptions?: readonly AssumptionId[];
  }
>;
export const CONTACT_IDS = Object.keys(CONTACTS) as ContactId[];

/**
 * What an outcome must also tell the person (docs/SPECIFICATION.md §3 and §4). Their words are
 * in locales/ under outcome.note.*:
 * - `in-danger-call-112`: every outcome that is not a call to 112: danger means 112 (S4);
 * - `busy-line`: the direct line is in operation 24/7 but cannot take calls during an urgent
 *   assignment: if the matter is urgent, 112; otherwise try again shortly (S4);
 * - `workers-move`: the service's workers move around the whole region (S3);
 * - `child-in-danger`: custody: a child in danger is a child-protection matter;
 * - `money-cannot-wait`: money: if safety or wellbeing cannot wait, an urgent matter (S7, S8);
 * - `worse-before-opening`: a matter that can wait: if it gets worse before the next weekday,
 *   the direct line; `worse-outside-region`: the same outside the region: 112 (rule 4).
 */
export type OutcomeNote =
  | 'busy-line'
  | 'workers-move'
  | 'child-in-danger'
  | 'money-cannot-wait'
  | 'worse-before-opening'
  | 'worse-outside-region'
  | 'in-danger-call-112';

export const CONTACT_NOTES: Record<ContactId, readonly OutcomeNote[]> = {
  'emergency-112': [],
  'social-crisis-duty': ['busy-line', 'workers-move', 'in-danger-call-112'],
  'own-municipality': ['in-danger-call-112'],
  kela: ['in-danger-call-112'],
  'district-court': ['in-danger-call-112'],
  'other-region': [], // the outcome is 112 already
  'other-region-services': ['in-danger-call-112'],
};

/**
 * The bodies' own websites that an outcome links (docs/SPECIFICATION.md §6: no deeper paths, which change).
 * The source gives no phone number for them; the app names the body and links its site.
 */
export const WEBSITES = {
  kela: { url: 'https://www.kela.fi', source: 'RULES.md §6' },
  'district-court': { url: 'https://oikeus.fi', source: 'RULES.md §6' },
} as const satisfies Partial<Record<ContactId, { url: string; source: string }>>;

/**
 * "What to have ready" before a call (review 2026-11-28; no new facts): where you are, a number
 * to call back, and whether a call back is safe. Shown where the outcome is a call.
 */
export const READY_ITEMS = ['where', 'callback-number', 'callback-safe'] as const;
export type ReadyItem = (typeof READY_ITEMS)[number];
export const READY_FOR: readonly ContactId[] = [
  'emergency-112',
  'social-crisis-duty',
  'own-municipality',
  'other-region',
];

// ── §3 The decision table: ordered, the first rule whose condition holds wins ──────────────────

/** Conditions the machine knows how to check; each is a named guard in the machine. */
export type Condition =
  | { type: 'urgencyIs'; params: { urgency: UrgencyId } }
  | { type: 'situationIs'; params: { situation: SituationId } }
  | { type: 'municipalityIs'; params: { municipality: MunicipalityId } }
  | { type: 'domainIs'; params: { domain: Domain } }
  | { type: 'isOutsideOfficeHours' }
  | { type: 'isCentralised' };

/**
 * `when`: every condition in the list must hold (an empty list: "otherwise"). Rule numbers are
 * the positions in this list (the specification's §3: `outside-region-can-wait` is 5; ids never change).
 */
export const DECISION_TABLE = [
  {
    id: 'danger',
    when: [{ type: 'urgencyIs', params: { urgency: 'danger-now' } }],
    contact: 'emergency-112',
    sources: ['S4'],
    assumptions: ['urgent-help'],
  },
  {
    id: 'money',
    when: [{ type: 'situationIs', params: { situation: 'money' } }],
    contact: 'kela',
    sources: ['S8'],
    notes: ['money-cannot-wait'],
  },
  {
    id: 'custody',
    when: [{ type: 'situationIs', params: { situation: 'custody-visitation' } }],
    contact: 'district-court',
    sources: ['S8'],
    notes: ['child-in-danger'],
  },
  {
    id: 'outside-region',
    when: [
      { type: 'municipalityIs', params: { municipality: 'outside' } },
      { type: 'urgencyIs', params: { urgency: 'cannot-wait' } },
    ],
    contact: 'other-region',
    sources: ['S2', 'S4'],
  },
  {
    id: 'outside-region-can-wait',
    when: [
      { type: 'municipalityIs', params: { municipality: 'outside' } },
      { type: 'urgencyIs', params: { urgency: 'can-wait' } },
    ],
    contact: 'other-region-services',
    sources: ['S2', 'S4', 'S8'],
    notes: ['worse-outside-region'],
  },
  {
    id: 'consultation',
    when: [{ type: 'situationIs', params: { situation: 'authority-consultation' } }],
    contact: 'social-crisis-duty',
    sources: ['S7'],
  },
  {
    id: 'crisis',
    when: [{ type: 'domainIs', params: { domain: 'crisis' } }],
    contact: 'social-crisis-duty',
    sources: ['S3', 'S7'],
  },
  {
    id: 'can-wait',
    when: [{ type: 'urgencyIs', params: { urgency: 'can-wait' } }],
    contact: 'own-municipality',
    sources: ['S8'],
    assumptions: ['can-wait-own-municipality'],
    notes: ['worse-before-opening'],
  },
  {
    id: 'after-hours',
    when: [{ type: 'isOutsideOfficeHours' }],
    contact: 'social-crisis-duty',
    sources: ['S3'],
    assumptions: ['cannot-wait-direct-line', 'office-hours', 'holidays'],
  },
  {
    id: 'centralised',
    when: [{ type: 'isCentralised' }],
    contact: 'social-crisis-duty',
    sources: ['S6'],
    assumptions: ['cannot-wait-direct-line'],
    dependsOnPhase: true,
  },
  {
    id: 'municipal-office-hours',
    when: [],
    contact: 'own-municipality',
    sources: ['S5', 'S8'],
    assumptions: ['before-centralisation', 'office-hours', 'holidays'],
    dependsOnPhase: true,
  },
] as const satisfies readonly {
  id: string;
  when: readonly Condition[];
  contact: ContactId;
  sources: readonly SourceId[];
  assumptions?: readonly AssumptionId[];
  notes?: readonly OutcomeNote[];
  /** The rule holds or not by the phases of S6: its words name the domain's phase date. */
  dependsOnPhase?: true;
}[];
export type RuleId = (typeof DECISION_TABLE)[number]['id'];
export const RULE_IDS: readonly RuleId[] = DECISION_TABLE.map((r) => r.id);

// ── §6 Other help: national lines, each with its public source (not from the service page) ───

/**
 * `allDay`: open around the clock (docs/SPECIFICATION.md §6 says so for Nollalinja and MIELI; MLL's line is
 * not, and no hours are given for it, so none are shown). `free`: the call is free. `language`:
 * the language of the line where the specification names one. `forYoung`: for children and young people
 * themselves.
 */
export const HELPLINES = [
  {
    id: 'nollalinja',
    phone: '080 005 005',
    tel: '+35880005005',
    allDay: true,
    free: true,
    language: null,
    forYoung: false,
    fits: ['domestic-violence'],
    source: 'THL, thl.fi: "Nollalinja – auttava puhelin"; nollalinja.fi: "Om Nollinjen"',
  },
  {
    id: 'mieli-crisis-line',
    phone: '09 2525 0111',
    tel: '+358925250111',
    allDay: true,
    free: false,
    language: 'fi',
    forYoung: false,
    fits: ['crisis'],
    source: 'MIELI Mental Health Finland, mentalhealth.fi: "Where to go in an emergency"',
  },
  {
    id: 'mll-children',
    phone: '116 111',
    tel: '116111',
    allDay: false,
    free: true,
    language: null,
    forYoung: true,
    fits: ['child-protection', 'minor-substance-crime'],
    source: 'Mannerheim League for Child Welfare (MLL)',
  },
] as const satisfies readonly {
  id: string;
  phone: string;
  tel: string;
  allDay: boolean;
  free: boolean;
  language: 'fi' | null;
  forYoung: boolean;
  fits: readonly SituationId[];
  source: string;
}[];

// ── Assumptions: what the specification decides where the source is silent (shown to staff) ─────────────

/**
 * Every interpretation the app makes where the source is silent or could be read otherwise
 * (docs/SPECIFICATION.md §2, §3, §7), in the order the staff view lists them. Words in locales/ under
 * assumption.*; the facts in them (hours, dates, numbers) are filled in from the data above.
 */
export const ASSUMPTIONS: readonly { id: AssumptionId; rulesSection: string }[] = [
  { id: 'urgent-help', rulesSection: '§3' },
  { id: 'cannot-wait-direct-line', rulesSection: '§3' },
  { id: 'can-wait-own-municipality', rulesSection: '§3' },
  { id: 'not-sure-safer', rulesSection: '§1' },
  { id: 'office-hours', rulesSection: '§2' },
  { id: 'holidays', rulesSection: '§2' },
  { id: 'next-opening-same-day', rulesSection: '§2' },
  { id: 'district-court-hours', rulesSection: '§7' },
  { id: 'phase-year', rulesSection: '§2' },
  { id: 'before-centralisation', rulesSection: '§3' },
  { id: 'supported-range', rulesSection: '§2' },
  { id: 'other-region-phone', rulesSection: '§1, §5' },
  { id: 'nonexistent-local-time', rulesSection: '§2' },
];

/**
 * Pure functions behind the machine's guards and outputs. They read the data of rules.ts; the
 * machine (routingMachine.ts) decides which of them to ask, and in what order.
 */
import {
  ANSWER_IDS,
  NOT_SURE,
  NOT_SURE_MEANS,
  PHASES,
  QUESTION_NEEDED_WHEN,
  QUESTIONS,
  SITUATIONS,
  type Answers,
  type Domain,
  type GivenAnswer,
  type Question,
} from './rules';
import { nextOfficeHoursChange, startOfHelsinkiDate } from './helsinkiCalendar';

// Also exported from here, beside the guards' other helpers (the tests import them so).
export { dependsOnPhase, domainOf, notesOf, provenanceOf, ruleRow } from './ruleFacts';

export const isQuestion = (value: unknown): value is Question =>
  (QUESTIONS as readonly unknown[]).includes(value);

/**
 * The boundary for answers from outside (a URL, `history.state`, the command): a question and a
 * value it offers (one of its ids, or "I'm not sure" where offered), else null.
 */
export function parseAnswer(question: unknown, value: unknown): GivenAnswer | null {
  if (!isQuestion(question)) return null;
  const offered =
    isValidAnswer(question, value) || (value === NOT_SURE && question in NOT_SURE_MEANS);
  // Checked just above: the value is one of this question's.
  return offered ? ({ question, value } as GivenAnswer) : null;
}

/** The answers a question offers, in the data's order, "I'm not sure" last where offered. */
export function choicesOf(question: Question): GivenAnswer[] {
  return [...ANSWER_IDS[question], NOT_SURE].flatMap((value) => parseAnswer(question, value) ?? []);
}

export function isValidAnswer<Q extends Question>(
  question: Q,
  value: unknown,
): value is NonNullable<Answers[Q]> {
  return (ANSWER_IDS[question] as readonly unknown[]).includes(value);
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

/**
 * The citizen flow's state as plain data: the moment, the answers in the order given, and the
 * answers remembered for pre-selection. It lives in `history.state` (never in the URL), and the
 * machine is replayed from it, so the browser's Back and Forward restore any step exactly.
 */
import { initialTransition, transition } from 'xstate';
import {
  currentQuestion,
  routingMachine,
  isSupportedInstant,
  isQuestion,
  parseAnswer,
  type AnswerValue,
  type RoutingSnapshot,
  type Answers,
  type GivenAnswer,
  type Question,
} from '../../machines';

/** A step of the flow: an answer given (values from outside are parsed by `parseAnswer`). */
export type Step = GivenAnswer;

/** The latest answer given to each question, for pre-selection. */
export type RememberedAnswers = { [Q in Question]?: AnswerValue<Q> };

/** The remembered answers with these answers added (later ones win). */
export function remember(
  remembered: RememberedAnswers,
  answers: readonly GivenAnswer[],
): RememberedAnswers {
  const next = { ...remembered };
  for (const answer of answers) Object.assign(next, { [answer.question]: answer.value });
  return next;
}

export interface FlowState {
  /** The moment the guidance is for (epoch ms): the time of the latest answer. */
  at: number;
  steps: Step[];
  /** Every answer given, also those after a step that was gone back from. */
  remembered: RememberedAnswers;
  /** How many flow entries precede this one in the browser history. */
  depth: number;
  /** The session the entry was made in (flowSession.ts): an ended session's entries are not shown. */
  session: string;
  /**
   * While an answer is being changed: the answers that came after it. Those the machine still
   * asks are given again after the change, so only what the change made necessary is asked.
   */
  resume?: Step[];
}

export const HISTORY_KEY = 'kenelleSoitan';

export function freshFlow(at: number, session: string, depth = 0): FlowState {
  return { at, steps: [], remembered: {}, depth, session };
}

/**
 * Runs the machine through the steps. A step the machine does not take (a tampered or outdated
 * entry) ends the replay: `steps` then holds only those it took.
 */
export function replay(
  at: number,
  presets: Answers,
  steps: readonly Step[],
): { snapshot: RoutingSnapshot; steps: Step[] } {
  let [snapshot] = initialTransition(routingMachine, { at, answers: presets });
  const taken: Step[] = [];
  for (const step of steps) {
    // Stryker disable next-line ConditionalExpression: such a step leaves the path as it was, and the next check stops
    if (currentQuestion(snapshot) !== step.question) break;
    const [next] = transition(routingMachine, snapshot, { type: 'answer', ...step });
    if (next.context.path.length === snapshot.context.path.length) break;
    snapshot = next;
    taken.push(step);
  }
  return { snapshot, steps: taken };
}

/**
 * The steps after a changed answer: the earlier answers that come after it, taken again as long as
 * the machine still asks their questions (in whatever order it now asks them).
 */
export function resumeSteps(
  at: number,
  presets: Answers,
  steps: readonly Step[],
  later: readonly Step[],
): Step[] {
  let { snapshot, steps: taken } = replay(at, presets, steps);
  for (;;) {
    const question = currentQuestion(snapshot);
    const again = later.find((step) => step.question === question);
    if (!again) return taken;
    const next = replay(at, presets, [...taken, again]);
    if (next.steps.length === taken.length) return taken;
    ({ snapshot, steps: taken } = next);
  }
}

/** Whether `history.state` holds a flow entry (valid or not). */
export function hasFlowEntry(state: unknown): boolean {
  return typeof state === 'object' && state !== null && HISTORY_KEY in state;
}

/**
 * A flow state read back from `history.state`, or null when it is not one of ours or does not
 * hold up: a moment outside the supported range, an unknown question, a missing session.
 */
export function readHistoryState(state: unknown): FlowState | null {
  if (!hasFlowEntry(state)) return null;
  const value = (state as Record<string, unknown>)[HISTORY_KEY];
  // Stryker disable next-line ConditionalExpression: a primitive has no `at`, refused below
  if (typeof value !== 'object' || value === null) return null;
  const { at, steps, remembered, depth, session, resume } = value as Record<string, unknown>;
  if (typeof at !== 'number' || !isSupportedInstant(at)) return null;
  if (typeof session !== 'string' || session === '') return null;
  const cleanSteps = readSteps(steps);
  if (cleanSteps === null) return null;
  const cleanResume = resume === undefined ? undefined : readSteps(resume);
  if (cleanResume === null) return null;
  const rememberedAnswers =
    typeof remembered === 'object' && remembered !== null
      ? Object.entries(remembered).flatMap(
          ([question, answer]) => parseAnswer(question, answer) ?? [],
        )
      : [];
  return {
    at,
    steps: cleanSteps,
    remembered: remember({}, rememberedAnswers),
    depth: entryCount(depth),
    session,
    ...(cleanResume ? { resume: cleanResume } : {}),
  };
}

/** A number of history entries read back: a whole number, 0 for anything else. */
const entryCount = (value: unknown): number =>
  typeof value === 'number' && value < Infinity ? Math.max(0, Math.floor(value)) : 0;

/**
 * Steps read back: null when the list is malformed; a value its question does not offer (an
 * outdated or tampered entry) ends the steps there, as the machine would not take it.
 */
function readSteps(value: unknown): Step[] | null {
  if (!Array.isArray(value)) return null;
  const clean: Step[] = [];
  let ended = false;
  for (const step of value as unknown[]) {
    if (typeof step !== 'object' || step === null) return null;
    const { question, value: answer } = step as Record<string, unknown>;
    if (!isQuestion(question) || typeof answer !== 'string') return null;
    const parsed = parseAnswer(question, answer);
    if (parsed === null) ended = true;
    else if (!ended) clean.push(parsed);
  }
  return clean;
}

/** The fragment of a share link: `#situation=crisis&urgency=cannot-wait&…` (never sent to a server). */
export function shareFragment(steps: readonly Step[]): string {
  return `#${new URLSearchParams(steps.map((s) => [s.question, s.value])).toString()}`;
}

/** Steps from a share link's fragment; `complete` is false when some of it could not be used. */
export function stepsFromFragment(
  hash: string,
  at: number,
  presets: Answers,
): { steps: Step[]; complete: boolean } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (!params.has('situation')) return null;
  const wanted: Step[] = [];
  let complete = true;
  for (const [question, value] of params) {
    // A key that is not a question is skipped; the machine would stop at a bad value, so does the link.
    const answer = parseAnswer(question, value);
    if (answer) wanted.push(answer);
    else complete = false;
    if (!answer && isQuestion(question)) break;
  }
  const { snapshot, steps } = replay(at, presets, wanted);
  return {
    steps,
    complete: complete && steps.length === wanted.length && snapshot.status === 'done',
  };
}

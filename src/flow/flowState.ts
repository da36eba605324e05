/**
 * The citizen flow's state as plain data: the moment, the answers in the order given, and the
 * answers remembered for pre-selection. It lives in `history.state` (never in the URL), and the
 * machine is replayed from it, so the browser's Back and Forward restore any step exactly.
 */
import { initialTransition, transition } from 'xstate';
import {
  currentQuestion,
  routingMachine,
  type RoutingSnapshot,
} from '../../machines/routingMachine';
import { QUESTIONS, type Answers, type Question } from '../../machines/rules';

export interface Step {
  question: Question;
  value: string;
}

export interface FlowState {
  /** The moment the guidance is for (epoch ms): the time of the latest answer. */
  at: number;
  steps: Step[];
  /** Every answer given, also those after a step that was gone back from. */
  remembered: Partial<Record<Question, string>>;
  /** How many flow entries precede this one in the browser history. */
  depth: number;
}

export const HISTORY_KEY = 'kenelleSoitan';

export function freshFlow(at: number, depth = 0): FlowState {
  return { at, steps: [], remembered: {}, depth };
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

const isQuestion = (value: unknown): value is Question =>
  (QUESTIONS as readonly unknown[]).includes(value);

/** A flow state read back from `history.state`, or null when it is not one of ours. */
export function readHistoryState(state: unknown): FlowState | null {
  if (typeof state !== 'object' || state === null || !(HISTORY_KEY in state)) return null;
  const value = (state as Record<string, unknown>)[HISTORY_KEY];
  // Stryker disable next-line ConditionalExpression: a primitive has no `at`, refused below
  if (typeof value !== 'object' || value === null) return null;
  const { at, steps, remembered, depth } = value as Record<string, unknown>;
  // Stryker disable next-line ConditionalExpression: Number.isFinite refuses non-numbers too
  if (typeof at !== 'number' || !Number.isFinite(at)) return null;
  if (!Array.isArray(steps)) return null;
  const cleanSteps: Step[] = [];
  for (const step of steps as unknown[]) {
    // Stryker disable next-line ConditionalExpression: a primitive has no question, refused below
    if (typeof step !== 'object' || step === null) return null;
    const { question, value: answer } = step as Record<string, unknown>;
    if (!isQuestion(question) || typeof answer !== 'string') return null;
    cleanSteps.push({ question, value: answer });
  }
  const cleanRemembered: FlowState['remembered'] = {};
  if (typeof remembered === 'object' && remembered !== null) {
    for (const [question, answer] of Object.entries(remembered)) {
      if (isQuestion(question) && typeof answer === 'string') cleanRemembered[question] = answer;
    }
  }
  return {
    at,
    steps: cleanSteps,
    remembered: cleanRemembered,
    // Stryker disable next-line EqualityOperator: depth 0 gives 0 either way
    depth: typeof depth === 'number' && depth >= 0 ? Math.floor(depth) : 0,
  };
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
    if (isQuestion(question)) wanted.push({ question, value });
    else complete = false;
  }
  const { snapshot, steps } = replay(at, presets, wanted);
  return {
    steps,
    complete: complete && steps.length === wanted.length && snapshot.status === 'done',
  };
}

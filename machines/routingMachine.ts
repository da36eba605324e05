/**
 * The routing machine: docs/SPECIFICATION.md §3 as an XState v5 machine. The citizen UI, the `route` command,
 * the staff matrix and the generated docs all run this machine; none of them decides anything.
 *
 * States: one per question, a transient `nextQuestion` that asks only what the decision needs,
 * a transient `decide` whose guarded transitions are the ordered decision table, and one final
 * state per rule whose output is the whole outcome at the input instant (outcomeDescription.ts).
 */
import { and, assign, createMachine, type DoneStateEvent, type SnapshotFrom } from 'xstate';
import {
  ASK_ORDER,
  DECISION_TABLE,
  NOT_SURE,
  NOT_SURE_MEANS,
  QUESTIONS,
  RULE_IDS,
  type Answers,
  type Condition,
  type Domain,
  type GivenAnswer,
  type MunicipalityId,
  type Question,
  type RuleId,
  type SituationId,
  type UrgencyId,
} from './rules';
import { domainOf, isCentralised, isQuestionNeeded, isValidAnswer, parseAnswer } from './decision';
import { isOfficeHours } from './helsinkiCalendar';
import { describeOutcome, type OutcomeDescription } from './outcomeDescription';

export interface RoutingContext {
  /** The moment the guidance is for (epoch ms); Helsinki time is derived from it. */
  at: number;
  /** Every answer given so far. */
  answers: Answers;
  /** Questions answered in the input (an embed's municipality, the command's options): never asked. */
  preset: Question[];
  /**
   * The questions asked and answered on the way here, in order. Back is the UI's: it replays the
   * steps but the last (docs/decisions/0012-back-is-the-step-list.md).
   */
  path: Question[];
  /** Questions answered "I'm not sure"; their answers hold the safer branch (NOT_SURE_MEANS). */
  unsure: Question[];
}

export interface RoutingInput {
  at: number;
  /**
   * Answers known in advance (an embed's municipality; the command's and the matrix's answers
   * beyond the situation); invalid ones and "I'm not sure" are ignored, and so is the situation,
   * which is always asked.
   */
  answers?: Partial<Record<Question, unknown>>;
}

/**
 * The one event: an answer to the question on screen, typed by its question. A value that is not
 * one of the question's (sent from untyped code) is still ignored.
 */
export type RoutingEvent = { type: 'answer' } & GivenAnswer;

function presetAnswers(input: RoutingInput): Pick<RoutingContext, 'answers' | 'preset'> {
  const answers: Answers = {};
  const preset: Question[] = [];
  for (const question of QUESTIONS) {
    const value = input.answers?.[question];
    if (question !== 'situation' && isValidAnswer(question, value)) {
      Object.assign(answers, { [question]: value });
      preset.push(question);
    }
  }
  return { answers, preset };
}

/** The answers, unsure list and path after an allowed answer to the question on screen. */
function withAnswer(context: RoutingContext, answer: GivenAnswer): Partial<RoutingContext> {
  const path = [...context.path, answer.question];
  if (answer.value !== NOT_SURE) {
    return { answers: { ...context.answers, [answer.question]: answer.value }, path };
  }
  const meant = NOT_SURE_MEANS[answer.question];
  return {
    answers: meant === null ? context.answers : { ...context.answers, [answer.question]: meant },
    unsure: [...context.unsure, answer.question],
    path,
  };
}

/** Every state of the machine: a question, the two transient steps, an outcome per rule. */
export type RoutingStateKey = Question | 'nextQuestion' | 'decide' | RuleId;

/** A transition's target, checked against the states: a misspelled one does not compile. */
const to = <K extends RoutingStateKey>(key: K): K => key;

/** An object with one entry a key; unlike Object.fromEntries, it keeps the keys' type. */
function byKey<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}

/** The guards the transitions name: the two of the questions, and the decision table's conditions. */
type RoutingGuard =
  | { type: 'answersQuestion'; params: { question: Question } }
  | { type: 'shouldAsk'; params: { question: Question } }
  | Condition;

/** What a guard reads: the machine's context and the event being handled. */
interface GuardArgs {
  context: RoutingContext;
  event: RoutingEvent;
}

/** The guards' and the action's code, given to createMachine beside the states. */
const implementations = {
  guards: {
    /** The event answers the question on screen with an allowed id. */
    answersQuestion: ({ event }: GuardArgs, params: { question: Question }) =>
      event.question === params.question && parseAnswer(event.question, event.value) !== null,
    shouldAsk: ({ context }: GuardArgs, params: { question: Question }) =>
      isQuestionNeeded(params.question, context.answers) &&
      !context.preset.includes(params.question) &&
      !context.path.includes(params.question),
    urgencyIs: ({ context }: GuardArgs, params: { urgency: UrgencyId }) =>
      context.answers.urgency === params.urgency,
    situationIs: ({ context }: GuardArgs, params: { situation: SituationId }) =>
      context.answers.situation === params.situation,
    municipalityIs: ({ context }: GuardArgs, params: { municipality: MunicipalityId }) =>
      context.answers.municipality === params.municipality,
    domainIs: ({ context }: GuardArgs, params: { domain: Domain }) =>
      domainOf(context.answers) === params.domain,
    isOutsideOfficeHours: ({ context }: GuardArgs) => !isOfficeHours(context.at),
    isCentralised: ({ context }: GuardArgs) => isCentralised(domainOf(context.answers), context.at),
  },
  actions: {
    recordAnswer: assign<RoutingContext, RoutingEvent, undefined, RoutingEvent, never>(
      ({ context, event }) => withAnswer(context, event),
    ),
  },
};

/** A question on screen: an allowed answer to it moves on to the next question needed. */
const questionState = (question: Question) => ({
  tags: ['question' as const],
  on: {
    answer: [
      {
        guard: { type: 'answersQuestion' as const, params: { question } },
        target: to('nextQuestion'),
        actions: 'recordAnswer' as const,
      },
    ],
  },
});

/** An outcome: a final state per rule, whose output is the whole outcome (outcomeDescription.ts). */
const outcomeState = (rule: RuleId) => ({
  type: 'final' as const,
  output: ({ context }: { context: RoutingContext }) =>
    describeOutcome(rule, context.answers, context.at),
});

// createMachine rather than setup(): setup's helpers bring every XState action creator into the
// first load (0.8 KB gzipped), and the machine uses only assign (issue 13).
export const routingMachine = createMachine(
  {
    // Stryker disable next-line ObjectLiteral: XState reads `types` only in TypeScript, never at run time
    types: {
      context: {} as RoutingContext,
      events: {} as RoutingEvent,
      input: {} as RoutingInput,
      output: {} as OutcomeDescription,
      tags: {} as 'question',
      guards: {} as RoutingGuard,
      actions: {} as { type: 'recordAnswer'; params: undefined },
    },
    // Stryker disable next-line StringLiteral: the id only names the machine in inspectors and errors
    id: 'routing',
    context: ({ input }) => ({ at: input.at, path: [], unsure: [], ...presetAnswers(input) }),
    initial: to('situation'),
    // The done event of the final state reached carries that state's output.
    output: ({ event }) => (event as DoneStateEvent<OutcomeDescription>).output,
    states: {
      ...byKey(QUESTIONS, questionState),
      nextQuestion: {
        always: [
          ...ASK_ORDER.filter((q) => q !== 'situation').map((question) => ({
            guard: { type: 'shouldAsk' as const, params: { question } },
            target: to(question),
          })),
          { target: to('decide') },
        ],
      },
      decide: {
        always: DECISION_TABLE.map((row) => {
          const when: readonly Condition[] = row.when;
          if (when.length === 0) return { target: to(row.id) };
          return { guard: when.length === 1 ? when[0] : and([...when]), target: to(row.id) };
        }),
      },
      ...byKey(RULE_IDS, outcomeState),
    },
  },
  implementations,
);

export type RoutingSnapshot = SnapshotFrom<typeof routingMachine>;

/** The question on screen, or null when the machine has reached an outcome. */
export function currentQuestion(snapshot: RoutingSnapshot): Question | null {
  // Stryker disable next-line ConditionalExpression: an outcome matches no question either; the tag spares the search
  if (!snapshot.hasTag('question')) return null;
  return QUESTIONS.find((question) => snapshot.matches(question)) ?? null;
}

/** The whole outcome the machine has reached (outcomeDescription.ts), or null while it asks. */
export function describeSnapshot(snapshot: RoutingSnapshot): OutcomeDescription | null {
  return snapshot.output ?? null;
}

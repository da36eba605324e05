/**
 * The routing machine: docs/SPECIFICATION.md §3 as an XState v5 machine. The citizen UI, the `route` command,
 * the staff matrix and the generated docs all run this machine; none of them decides anything.
 *
 * States: one per question, a transient `nextQuestion` that asks only what the decision needs,
 * a transient `decide` whose guarded transitions are the ordered decision table, and one final
 * state per rule whose output is the contact and its availability at the input instant.
 */
import { and, assign, setup, type SnapshotFrom } from 'xstate';
import {
  ASK_ORDER,
  DECISION_TABLE,
  NOT_SURE,
  NOT_SURE_MEANS,
  QUESTIONS,
  type Answers,
  type Condition,
  type Domain,
  type MunicipalityId,
  type Question,
  type RuleId,
  type SituationId,
  type UrgencyId,
} from './rules';
import {
  domainOf,
  isCentralised,
  isQuestionNeeded,
  isValidAnswer,
  outcomeOf,
  type RouteOutcome,
} from './decision';
import { isOfficeHours } from './helsinkiCalendar';
import { describeOutcome, type OutcomeDescription } from './outcomeDescription';

export interface RoutingContext {
  /** The moment the guidance is for (epoch ms); Helsinki time is derived from it. */
  at: number;
  /** Every answer given so far; kept when the person goes back. */
  answers: Answers;
  /** Questions answered in the input (an embed's municipality, the command's options): never asked. */
  preset: Question[];
  /** The questions asked and answered on the way here, in order: Back follows this path. */
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

export type RoutingEvent = { type: 'answer'; question: Question; value: string } | { type: 'back' };

type AnswerEvent = Extract<RoutingEvent, { type: 'answer' }>;

function presetAnswers(input: RoutingInput): Pick<RoutingContext, 'answers' | 'preset'> {
  const answers: Answers = {};
  const preset: Question[] = [];
  for (const question of QUESTIONS) {
    const value = input.answers?.[question];
    if (question !== 'situation' && value !== undefined && isValidAnswer(question, value)) {
      Object.assign(answers, { [question]: value });
      preset.push(question);
    }
  }
  return { answers, preset };
}

const isAnswer = (event: RoutingEvent): event is AnswerEvent => event.type === 'answer';

const isNotSureAllowed = (question: Question, value: string): boolean =>
  value === NOT_SURE && question in NOT_SURE_MEANS;

/** The answers and unsure list after an answer to the question on screen. */
function withAnswer(context: RoutingContext, event: AnswerEvent): Partial<RoutingContext> {
  const { question, value } = event;
  const unsure = context.unsure.filter((q) => q !== question);
  const notSure = isNotSureAllowed(question, value);
  const meant: string | null = notSure
    ? NOT_SURE_MEANS[question as keyof typeof NOT_SURE_MEANS]
    : value;
  const { [question]: _replaced, ...others } = context.answers;
  const answers: Answers = meant === null ? others : { ...others, [question]: meant };
  if (notSure) unsure.push(question);
  return { answers, unsure, path: [...context.path, question] };
}

export const routingMachine = setup({
  types: {
    context: {} as RoutingContext,
    events: {} as RoutingEvent,
    input: {} as RoutingInput,
    output: {} as RouteOutcome,
  },
  guards: {
    /** The event answers the question on screen with an allowed id. */
    answersQuestion: ({ event }, params: { question: Question }) =>
      isAnswer(event) &&
      event.question === params.question &&
      (isValidAnswer(event.question, event.value) || isNotSureAllowed(event.question, event.value)),
    shouldAsk: ({ context }, params: { question: Question }) =>
      isQuestionNeeded(params.question, context.answers) &&
      !context.preset.includes(params.question) &&
      !context.path.includes(params.question),
    lastAskedIs: ({ context }, params: { question: Question }) =>
      context.path.at(-1) === params.question,
    urgencyIs: ({ context }, params: { urgency: UrgencyId }) =>
      context.answers.urgency === params.urgency,
    situationIs: ({ context }, params: { situation: SituationId }) =>
      context.answers.situation === params.situation,
    municipalityIs: ({ context }, params: { municipality: MunicipalityId }) =>
      context.answers.municipality === params.municipality,
    domainIs: ({ context }, params: { domain: Domain }) =>
      domainOf(context.answers) === params.domain,
    isOutsideOfficeHours: ({ context }) => !isOfficeHours(context.at),
    isCentralised: ({ context }) => isCentralised(domainOf(context.answers), context.at),
  },
  actions: {
    recordAnswer: assign(({ context, event }) =>
      isAnswer(event) ? withAnswer(context, event) : {},
    ),
    forgetLastStep: assign(({ context }) => ({ path: context.path.slice(0, -1) })),
  },
}).createMachine({
  id: 'routing',
  context: ({ input }) => ({ at: input.at, path: [], unsure: [], ...presetAnswers(input) }),
  initial: 'situation',
  output: ({ event }) => (event as unknown as { output: RouteOutcome }).output,
  states: {
    ...questionStates(),
    nextQuestion: {
      always: [
        ...ASK_ORDER.filter((q) => q !== 'situation').map((question) => ({
          guard: { type: 'shouldAsk' as const, params: { question } },
          target: question,
        })),
        { target: 'decide' },
      ],
    },
    decide: {
      always: DECISION_TABLE.map((row) => {
        const when: readonly Condition[] = row.when;
        if (when.length === 0) return { target: row.id };
        return { guard: when.length === 1 ? when[0] : and([...when]), target: row.id };
      }),
    },
    ...outcomeStates(),
  },
});

function questionStates() {
  return Object.fromEntries(
    QUESTIONS.map((question) => [
      question,
      {
        on: {
          answer: [
            {
              guard: { type: 'answersQuestion' as const, params: { question } },
              target: 'nextQuestion',
              actions: 'recordAnswer' as const,
            },
          ],
          // Back returns to the question asked before this one, whichever it was: any question
          // that comes earlier in the order of asking.
          back: ASK_ORDER.slice(0, ASK_ORDER.indexOf(question)).map((previous) => ({
            guard: { type: 'lastAskedIs' as const, params: { question: previous } },
            target: previous,
            actions: 'forgetLastStep' as const,
          })),
        },
      },
    ]),
  ) as Record<Question, object>;
}

function outcomeStates() {
  return Object.fromEntries(
    DECISION_TABLE.map((row) => [
      row.id,
      {
        type: 'final' as const,
        output: ({ context }: { context: RoutingContext }) => outcomeOf(row.id, context.at),
      },
    ]),
  ) as Record<RuleId, object>;
}

export type RoutingSnapshot = SnapshotFrom<typeof routingMachine>;

/** The question on screen, or null when the machine has reached an outcome. */
export function currentQuestion(snapshot: RoutingSnapshot): Question | null {
  const value = snapshot.value as string;
  return (QUESTIONS as readonly string[]).includes(value) ? (value as Question) : null;
}

/** The whole outcome the machine has reached (outcomeDescription.ts), or null while it asks. */
export function describeSnapshot(snapshot: RoutingSnapshot): OutcomeDescription | null {
  const rule = snapshot.output?.rule;
  return rule === undefined
    ? null
    : describeOutcome(rule, snapshot.context.answers, snapshot.context.at);
}

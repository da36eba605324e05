/**
 * How many answers each outcome takes: for every situation and every rule it can end in, the
 * fewest answers that reach that outcome, walking the routing machine itself at a few moments that
 * between them reach every rule (before and after the phases, in and out of office hours).
 */
import { initialTransition, transition } from 'xstate';
import {
  currentQuestion,
  routingMachine,
  choicesOf,
  type RoutingSnapshot,
  type RuleId,
} from '../../machines';

/** Tue 7.3.2023 10:00 (office hours, before the phases), Tue 11.4.2023 22:00 and Mon 30.11.2026 10:00. */
const MOMENTS = [
  Date.parse('2023-03-07T10:00:00+02:00'),
  Date.parse('2023-04-11T22:00:00+03:00'),
  Date.parse('2026-11-30T10:00:00+02:00'),
];

export interface OutcomeAnswers {
  situation: string;
  rule: RuleId;
  answers: number;
}

function walk(
  snapshot: RoutingSnapshot,
  situation: string,
  answers: number,
  found: Map<string, OutcomeAnswers>,
): void {
  if (snapshot.status === 'done') {
    const key = `${situation}/${snapshot.output.rule}`;
    const best = found.get(key);
    if (!best || answers < best.answers) {
      found.set(key, { situation, rule: snapshot.output.rule, answers });
    }
    return;
  }
  const question = currentQuestion(snapshot);
  if (question === null) return;
  for (const answer of choicesOf(question)) {
    const [next] = transition(routingMachine, snapshot, { type: 'answer', ...answer });
    walk(next, answer.question === 'situation' ? answer.value : situation, answers + 1, found);
  }
}

/** Every (situation, rule) outcome with the fewest answers that reach it, in a stable order. */
export function answersPerOutcome(): OutcomeAnswers[] {
  const found = new Map<string, OutcomeAnswers>();
  for (const at of MOMENTS) walk(initialTransition(routingMachine, { at })[0], '', 0, found);
  return [...found.values()].sort(
    (a, b) => a.situation.localeCompare(b.situation) || a.rule.localeCompare(b.rule),
  );
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Prints the answers each outcome takes, and the median, as a Markdown table. */
export function printAnswersPerOutcome(
  rows: readonly OutcomeAnswers[] = answersPerOutcome(),
): void {
  console.log('\nAnswers to each outcome (fewest, walking the machine)\n');
  console.log('| situation | rule | answers |');
  console.log('|---|---|---:|');
  for (const row of rows)
    console.log(`| ${row.situation} | ${row.rule} | ${String(row.answers)} |`);
  const counts = rows.map((r) => r.answers);
  console.log(
    `\n${String(rows.length)} outcomes; median ${String(median(counts))}, most ${String(Math.max(...counts))}`,
  );
}

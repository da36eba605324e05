/**
 * Where the flow diagram puts each box, worked out from how many questions and outcomes the
 * machine has (rules.ts): questions in a row on top, the two steps in the middle, the outcomes in
 * a row below in rule order (so that no arrow crosses a box). The drawing widens when a row would
 * not fit; tests/src/diagramLayout.test.ts adds a rule and a question and checks every box.
 */
import type { GraphNode } from '../../machines/matrix';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const NODE_W = 172;
export const NODE_H = 58;
const OUTCOME_H = 80;
const MIN_WIDTH = 1000;
const HEIGHT = 540;
const MARGIN = 40;
const OUTCOME_MARGIN = 6;
const QUESTION_STEP = 240;
/** The narrowest an outcome's column may be: its box and the gap beside it. */
const MIN_OUTCOME_STEP = 80;
const OUTCOME_GAP = 6;
const QUESTION_GAP = 12;
const ROWS = { question: 60, nextQuestion: 190, decide: 300, outcome: 440 } as const;

export interface DiagramLayout {
  width: number;
  height: number;
  box: (node: GraphNode) => Box;
}

export function diagramLayout(nodes: readonly GraphNode[]): DiagramLayout {
  const questions = nodes.filter((n) => n.kind === 'question').map((n) => n.id);
  const outcomes = nodes.filter((n) => n.kind === 'outcome').map((n) => n.id);
  const gaps = Math.max(1, questions.length - 1);
  const width = Math.max(
    MIN_WIDTH,
    2 * MARGIN + questions.length * (NODE_W + QUESTION_GAP) - QUESTION_GAP,
    2 * OUTCOME_MARGIN + outcomes.length * MIN_OUTCOME_STEP,
  );
  const questionStep = Math.min(QUESTION_STEP, (width - 2 * MARGIN - NODE_W) / gaps);
  const outcomeStep = (width - 2 * OUTCOME_MARGIN) / Math.max(1, outcomes.length);
  const box = (node: GraphNode): Box => {
    switch (node.kind) {
      case 'question':
        return {
          x: MARGIN + questions.indexOf(node.id) * questionStep,
          y: ROWS.question,
          w: NODE_W,
          h: NODE_H,
        };
      case 'step':
        return {
          x: (width - NODE_W) / 2,
          y: node.id === 'decide' ? ROWS.decide : ROWS.nextQuestion,
          w: NODE_W,
          h: NODE_H,
        };
      case 'outcome':
        return {
          x: OUTCOME_MARGIN + outcomes.indexOf(node.id) * outcomeStep,
          y: ROWS.outcome,
          w: outcomeStep - OUTCOME_GAP,
          h: OUTCOME_H,
        };
    }
  };
  return { width, height: HEIGHT, box };
}

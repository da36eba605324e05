/**
 * The flow diagram's layout follows the counts of questions and rules (issue 14): a rule or a
 * question added to the data keeps every box inside the drawing, and no two boxes overlap.
 */
import { describe, expect, it } from 'vitest';
import { machineGraph, type GraphNode } from '../../machines/matrix';
import { diagramLayout, type Box } from '../../src/staff/diagramLayout';

const { nodes } = machineGraph();

function expectInsideAndApart(all: readonly GraphNode[]): void {
  const layout = diagramLayout(all);
  const boxes = all.map((node) => ({ id: node.id, ...layout.box(node) }));
  for (const b of boxes) {
    expect(b.w, b.id).toBeGreaterThan(0);
    expect(b.x, b.id).toBeGreaterThanOrEqual(0);
    expect(b.y, b.id).toBeGreaterThanOrEqual(0);
    expect(b.x + b.w, b.id).toBeLessThanOrEqual(layout.width);
    expect(b.y + b.h, b.id).toBeLessThanOrEqual(layout.height);
  }
  const overlap = (a: Box, b: Box) =>
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${a.id} × ${b.id}`).toBe(false);
  }
}

// A rule and a question the data does not have yet: ids outside today's types, on purpose.
const extra = (kind: 'outcome' | 'question', n: number): GraphNode => {
  const id: string = `extra-${kind}-${String(n)}`;
  return { id, kind } as GraphNode;
};
const rule = (n: number) => extra('outcome', n);
const question = (n: number) => extra('question', n);

describe('the flow diagram layout', () => {
  it('today: 4 questions and 11 outcomes in a 1000 × 540 drawing', () => {
    expect(nodes.filter((n) => n.kind === 'question')).toHaveLength(4);
    expect(nodes.filter((n) => n.kind === 'outcome')).toHaveLength(11);
    const layout = diagramLayout(nodes);
    expect([layout.width, layout.height]).toEqual([1000, 540]);
    expectInsideAndApart(nodes);
  });

  it('one more rule and one more question: every box inside, none on another', () => {
    expectInsideAndApart([...nodes, rule(1), question(1)]);
  });

  it('many more: the drawing widens instead of crowding', () => {
    const many = [
      ...nodes,
      ...Array.from({ length: 20 }, (_, i) => rule(i)),
      ...Array.from({ length: 4 }, (_, i) => question(i)),
    ];
    expectInsideAndApart(many);
    expect(diagramLayout(many).width).toBeGreaterThan(1000);
  });

  it('the steps stand in the middle, decide below nextQuestion', () => {
    const layout = diagramLayout(nodes);
    const next = layout.box({ id: 'nextQuestion', kind: 'step' });
    const decide = layout.box({ id: 'decide', kind: 'step' });
    expect(next.x + next.w / 2).toBe(500);
    expect(decide.x).toBe(next.x);
    expect(decide.y).toBeGreaterThan(next.y + next.h);
  });
});

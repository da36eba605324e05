import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { machineGraph, toMermaid } from '../../machines/machineGraph';
import { parseInstant } from '../../machines/parseInstant';
import {
  currentQuestion,
  routingMachine,
  type RoutingSnapshot,
} from '../../machines/routingMachine';
import { ANSWER_IDS } from '../../machines/rules';
import { answerEvent } from './answerEvent';

const graph = machineGraph();

describe('the diagram graph', () => {
  it('has the questions, the two steps and an outcome for each rule (RULES.md §3), by hand', () => {
    const byKind = (kind: string) => graph.nodes.filter((n) => n.kind === kind).map((n) => n.id);
    expect(byKind('question')).toEqual(['situation', 'affected', 'urgency', 'municipality']);
    expect(byKind('step')).toEqual(['nextQuestion', 'decide']);
    const RULES_V1_AND_V2 = [
      'danger',
      'money',
      'custody',
      'outside-region',
      'consultation',
      'crisis',
      'can-wait',
      'after-hours',
      'centralised',
      'municipal-office-hours',
    ];
    const outcomes = byKind('outcome');
    expect(outcomes.filter((id) => RULES_V1_AND_V2.includes(id))).toEqual(RULES_V1_AND_V2);
    expect(outcomes.filter((id) => !RULES_V1_AND_V2.includes(id))).toEqual(
      outcomes.length === 11 ? ['outside-region-can-wait'] : [],
    );
    // The decision table's order: the first rule that matches wins.
    const decide = graph.edges.filter((e) => e.from === 'decide').map((e) => e.to);
    expect(decide.filter((id) => RULES_V1_AND_V2.includes(id))).toEqual(RULES_V1_AND_V2);
    expect(decide).toEqual(outcomes);
    const guard = (to: string) =>
      graph.edges.find((e) => e.from === 'decide' && e.to === to)?.guard;
    expect(guard('danger')).toEqual({ type: 'urgencyIs', params: { urgency: 'danger-now' } });
    expect(guard('money')).toEqual({ type: 'situationIs', params: { situation: 'money' } });
    expect(guard('custody')).toEqual({
      type: 'situationIs',
      params: { situation: 'custody-visitation' },
    });
    expect(guard('crisis')).toEqual({ type: 'domainIs', params: { domain: 'crisis' } });
    expect(guard('can-wait')).toEqual({ type: 'urgencyIs', params: { urgency: 'can-wait' } });
    expect(guard('after-hours')).toEqual({ type: 'isOutsideOfficeHours' });
    expect(guard('centralised')).toEqual({ type: 'isCentralised' });
    expect(guard('municipal-office-hours')).toBeNull();
  });

  it("goes forward through nextQuestion, by hand; Back is not the machine's", () => {
    const edges = (event: string) =>
      graph.edges.filter((e) => e.event === event).map((e) => `${e.from}→${e.to}`);
    expect(edges('answer')).toEqual([
      'situation→nextQuestion',
      'affected→nextQuestion',
      'urgency→nextQuestion',
      'municipality→nextQuestion',
    ]);
    // Back replays the steps but the last (docs/decisions/0012-back-is-the-step-list.md).
    expect(edges('back')).toEqual([]);
    expect(graph.edges.filter((e) => e.from === 'nextQuestion').map((e) => e.to)).toEqual([
      'urgency',
      'affected',
      'municipality',
      'decide',
    ]);
  });

  it('cross-check: one node a state of the machine', () => {
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(
      Object.keys(routingMachine.config.states ?? {}).sort(),
    );
  });

  it('cross-check: one edge a targeted transition of the machine config', () => {
    const fromConfig: string[] = [];
    for (const [id, state] of Object.entries(routingMachine.config.states ?? {})) {
      const on = (state.on ?? {}) as Record<string, { target?: string }[]>;
      for (const [event, transitions] of Object.entries(on)) {
        for (const tr of transitions) if (tr.target) fromConfig.push(`${id} ${event} ${tr.target}`);
      }
      for (const tr of (state.always ?? []) as { target?: string }[]) {
        if (tr.target) fromConfig.push(`${id} always ${tr.target}`);
      }
    }
    expect(graph.edges.map((e) => `${e.from} ${e.event} ${e.to}`).sort()).toEqual(
      fromConfig.sort(),
    );
  });

  it('explains every step the machine really takes by a path of its edges', () => {
    const next = new Map<string, Set<string>>();
    for (const e of graph.edges) next.set(e.from, (next.get(e.from) ?? new Set()).add(e.to));
    const transient = new Set<string>(
      graph.nodes.filter((n) => n.kind === 'step').map((n) => n.id),
    );
    const reachable = (from: string, to: string): boolean => {
      const seen = new Set<string>();
      const walk = (id: string): boolean => {
        for (const n of next.get(id) ?? []) {
          if (n === to) return true;
          if (transient.has(n) && !seen.has(n)) {
            seen.add(n);
            if (walk(n)) return true;
          }
        }
        return false;
      };
      return walk(from);
    };
    const events = (s: RoutingSnapshot) => {
      const q = currentQuestion(s);
      return q ? ANSWER_IDS[q].map((value) => answerEvent(q, value)) : [];
    };
    const parsed = parseInstant('2023-04-11T10:00');
    if (!parsed.ok) throw new Error(parsed.error);
    let steps = 0;
    for (const path of getShortestPaths(routingMachine, {
      input: { at: parsed.instant },
      events,
    })) {
      for (let i = 1; i < path.steps.length; i++) {
        const from = path.steps[i - 1]?.state.value as string;
        const to = path.steps[i]?.state.value as string;
        if (from !== to) {
          expect(reachable(from, to), `${from} → ${to}`).toBe(true);
          steps++;
        }
      }
    }
    expect(steps).toBeGreaterThan(100);
  });
});

describe('toMermaid', () => {
  it('draws each kind in its shape, ids without hyphens, and a double quote in a label as a single one', () => {
    // Mermaid ends a quoted label at its next double quote, so a label may not hold one.
    const text = toMermaid(
      {
        nodes: [
          { kind: 'question', id: 'situation' },
          { kind: 'step', id: 'decide' },
          { kind: 'outcome', id: 'outside-region' },
        ],
        edges: [{ from: 'decide', to: 'outside-region', event: 'always', guard: null }],
      },
      (node) => `the "${node.id}"`,
      (edge) => `"${edge.event}" rule`,
    );
    expect(text.split('\n')).toEqual([
      'flowchart TD',
      `  situation["the 'situation'"]`,
      `  decide{"the 'decide'"}`,
      `  outside_region(["the 'outside-region'"])`,
      `  decide -->|"'always' rule"| outside_region`,
    ]);
  });
});

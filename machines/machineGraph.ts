/**
 * The routing machine's states and transitions as a graph, read from the machine definition
 * itself: the staff view's flow diagram and docs/ROUTING.md are drawn from this, never by hand.
 * Transitions without a target are not edges.
 */
import { RULE_IDS, type Question, type RuleId } from './rules';
import { isQuestion } from './decision';
import { routingMachine, type RoutingStateKey } from './routingMachine';

/** The two transient steps between the questions and the outcomes. */
type StepKey = Exclude<RoutingStateKey, Question | RuleId>;
const STEP_KEYS: readonly StepKey[] = ['nextQuestion', 'decide'];

export type GraphNode =
  | { kind: 'question'; id: Question }
  | { kind: 'step'; id: StepKey }
  | { kind: 'outcome'; id: RuleId };

export interface GraphEdge {
  from: RoutingStateKey;
  to: RoutingStateKey;
  event: string;
  guard: { type: string; params?: Record<string, string> } | null;
}

export const isRuleId = (id: string): id is RuleId => (RULE_IDS as readonly string[]).includes(id);

/** A state of the machine as a node of the graph, by what its key names. */
function nodeOf(id: string): GraphNode {
  if (isQuestion(id)) return { kind: 'question', id };
  if (isRuleId(id)) return { kind: 'outcome', id };
  const step = STEP_KEYS.find((key) => key === id);
  // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable while every state key is a RoutingStateKey; it narrows the type
  if (step === undefined) throw new Error(`machineGraph: no question, step or rule: "${id}"`);
  return { kind: 'step', id: step };
}

export function machineGraph(): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const [key, node] of Object.entries(routingMachine.root.states)) {
    const graphNode = nodeOf(key);
    const id = graphNode.id;
    nodes.push(graphNode);
    const definitions = [
      ...[...node.transitions.values()].flat().map((d) => ({ event: d.eventType, d })),
      // Stryker disable next-line ArrayDeclaration: a made-up element has no target either, so it adds no edge
      ...(node.always ?? []).map((d) => ({ event: 'always', d })),
    ];
    for (const { event, d: definition } of definitions) {
      // Stryker disable next-line ArrayDeclaration: every transition of the machine has a target; `?? []` only types
      for (const target of definition.target ?? []) {
        const guard = definition.guard as GraphEdge['guard'] | undefined;
        edges.push({
          from: id,
          to: nodeOf(target.key).id,
          event,
          guard: guard
            ? { type: guard.type, ...(guard.params ? { params: guard.params } : {}) }
            : null,
        });
      }
    }
  }
  return { nodes, edges };
}

/** The graph as a Mermaid flowchart, with labels from the caller (for docs and tests). */
export function toMermaid(
  graph: { nodes: GraphNode[]; edges: GraphEdge[] },
  nodeLabel: (node: GraphNode) => string,
  edgeLabel: (edge: GraphEdge) => string,
): string {
  const safe = (id: string) => id.replaceAll('-', '_');
  const shape = (node: GraphNode) => {
    const label = nodeLabel(node).replaceAll('"', "'");
    if (node.kind === 'outcome') return `${safe(node.id)}(["${label}"])`;
    if (node.kind === 'step') return `${safe(node.id)}{"${label}"}`;
    return `${safe(node.id)}["${label}"]`;
  };
  const lines = ['flowchart TD', ...graph.nodes.map((n) => `  ${shape(n)}`)];
  for (const edge of graph.edges) {
    const label = edgeLabel(edge).replaceAll('"', "'");
    lines.push(`  ${safe(edge.from)} -->|"${label}"| ${safe(edge.to)}`);
  }
  return lines.join('\n');
}

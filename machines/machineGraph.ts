/**
 * The routing machine's states and transitions as a graph, read from the machine definition
 * itself: the staff view's flow diagram and docs/ROUTING.md are drawn from this, never by hand.
 * Transitions without a target are not edges.
 */
import { QUESTIONS } from './rules';
import { routingMachine } from './routingMachine';

type NodeKind = 'question' | 'step' | 'outcome';

export interface GraphNode {
  id: string;
  kind: NodeKind;
}

export interface GraphEdge {
  from: string;
  to: string;
  event: string;
  guard: { type: string; params?: Record<string, string> } | null;
}

export function machineGraph(): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const [id, node] of Object.entries(routingMachine.root.states)) {
    const kind: NodeKind =
      node.type === 'final'
        ? 'outcome'
        : (QUESTIONS as readonly string[]).includes(id)
          ? 'question'
          : 'step';
    nodes.push({ id, kind });
    const definitions = [
      ...[...node.transitions.values()].flat().map((d) => ({ event: d.eventType, d })),
      ...(node.always ?? []).map((d) => ({ event: 'always', d })),
    ];
    for (const { event, d: definition } of definitions) {
      for (const target of definition.target ?? []) {
        const guard = definition.guard as GraphEdge['guard'] | undefined;
        edges.push({
          from: id,
          to: target.key,
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

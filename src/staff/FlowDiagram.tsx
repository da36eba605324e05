import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  machineGraph,
  QUESTIONS,
  RULE_IDS,
  type GraphEdge,
  type GraphNode,
  type RuleId,
} from '../../machines';
import { edgeLabel, nodeLabel } from './diagramLabels';

const graph = machineGraph();
const NODE_W = 172;
const NODE_H = 58;
const WIDTH_ALL = 1000;
/** The outcomes share one row, however many rules there are (11 in the specification's §3). */
const OUTCOME_STEP = (WIDTH_ALL - 12) / RULE_IDS.length;
const OUTCOME_W = OUTCOME_STEP - 6;
const OUTCOME_H = 80;
const WIDTH = WIDTH_ALL;
const HEIGHT = 540;

const size = (node: GraphNode) =>
  node.kind === 'outcome' ? { w: OUTCOME_W, h: OUTCOME_H } : { w: NODE_W, h: NODE_H };

/** Node positions: questions on top, the two steps in the middle, the outcomes below. */
function position(node: GraphNode): { x: number; y: number } {
  if (node.kind === 'question') {
    return { x: 40 + QUESTIONS.indexOf(node.id as never) * 240, y: 60 };
  }
  if (node.kind === 'step') return { x: 414, y: node.id === 'decide' ? 300 : 190 };
  // The outcomes in one row, in rule order, so that no arrow crosses a box.
  return { x: 6 + RULE_IDS.indexOf(node.id as RuleId) * OUTCOME_STEP, y: 440 };
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.slice(0, 4);
}

function edgePath(edge: GraphEdge): string {
  const from = graph.nodes.find((n) => n.id === edge.from);
  const to = graph.nodes.find((n) => n.id === edge.to);
  if (!from || !to) return '';
  const a = position(from);
  const b = position(to);
  if (edge.event === 'back') {
    // Arcs above the questions, higher for longer jumps.
    const x1 = a.x + NODE_W / 2 - 20;
    const x2 = b.x + NODE_W / 2 + 20;
    const lift = 14 + Math.abs(x1 - x2) / 24;
    return `M ${String(x1)} ${String(a.y)} C ${String(x1)} ${String(a.y - lift)}, ${String(x2)} ${String(b.y - lift)}, ${String(x2)} ${String(b.y)}`;
  }
  const down = b.y > a.y;
  const shift =
    edge.event === 'answer' ? -18 : from.kind === 'step' && to.kind === 'question' ? 18 : 0;
  const x1 = a.x + size(from).w / 2 + shift;
  const y1 = down ? a.y + NODE_H : a.y;
  const x2 = b.x + size(to).w / 2 + (to.kind === 'outcome' ? 0 : shift);
  const y2 = down ? b.y : b.y + NODE_H;
  return `M ${String(x1)} ${String(y1)} L ${String(x2)} ${String(y2)}`;
}

const NARROW_SCREEN = '(max-width: 39.99rem)';

/** The routing machine drawn from its own definition, with every transition also as a table. */
export default function FlowDiagram() {
  const { t } = useTranslation();
  // On a phone the drawing's text would be a few pixels high: its table takes its place.
  const [narrow] = useState(
    () => typeof window.matchMedia === 'function' && window.matchMedia(NARROW_SCREEN).matches,
  );
  return (
    <>
      {narrow && <p className="diagram-narrow">{t('staff.diagramNarrow')}</p>}
      <svg
        className="diagram"
        viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
        role="img"
        aria-labelledby="diagram-title"
      >
        <title id="diagram-title">{t('staff.diagramTitle')}</title>
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor" />
          </marker>
        </defs>
        {graph.edges.map((edge) => (
          <path
            key={`${edge.from}-${edge.event}-${edge.to}`}
            className={`diagram__edge diagram__edge--${edge.event}`}
            data-from={edge.from}
            data-to={edge.to}
            d={edgePath(edge)}
            markerEnd="url(#arrow)"
          />
        ))}
        {graph.nodes.map((node) => {
          const { x, y } = position(node);
          const { w, h } = size(node);
          const lines = wrap(nodeLabel(node, t), node.kind === 'outcome' ? 12 : 22);
          return (
            <g
              key={node.id}
              className={`diagram__node diagram__node--${node.kind}`}
              data-node={node.id}
            >
              <rect x={x} y={y} width={w} height={h} rx={node.kind === 'outcome' ? 18 : 6} />
              <text x={x + w / 2} y={y + h / 2 - (lines.length - 1) * 8 + 5} textAnchor="middle">
                {lines.map((line, i) => (
                  <tspan key={line} x={x + w / 2} dy={i === 0 ? 0 : 16}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="transitions" open={narrow}>
        <summary>{t('staff.transitionsTitle')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('staff.fromColumn')}</th>
              <th scope="col">{t('staff.whenColumn')}</th>
              <th scope="col">{t('staff.toColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {graph.edges.map((edge) => {
              const from = graph.nodes.find((n) => n.id === edge.from);
              const to = graph.nodes.find((n) => n.id === edge.to);
              return (
                <tr
                  key={`${edge.from}-${edge.event}-${edge.to}`}
                  data-edge={`${edge.from}>${edge.to}`}
                >
                  <td>{from && nodeLabel(from, t)}</td>
                  <td>{edgeLabel(edge, t)}</td>
                  <td>{to && nodeLabel(to, t)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { machineGraph, type GraphEdge } from '../../machines/matrix';
import { edgeLabel, nodeLabel } from './diagramLabels';
import { diagramLayout, NODE_H } from './diagramLayout';

const graph = machineGraph();
const layout = diagramLayout(graph.nodes);

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
  const a = layout.box(from);
  const b = layout.box(to);
  const down = b.y > a.y;
  const shift =
    edge.event === 'answer' ? -18 : from.kind === 'step' && to.kind === 'question' ? 18 : 0;
  const x1 = a.x + a.w / 2 + shift;
  const y1 = down ? a.y + NODE_H : a.y;
  const x2 = b.x + b.w / 2 + (to.kind === 'outcome' ? 0 : shift);
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
        viewBox={`0 0 ${String(layout.width)} ${String(layout.height)}`}
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
          const { x, y, w, h } = layout.box(node);
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

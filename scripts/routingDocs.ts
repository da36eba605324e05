/**
 * docs/ROUTING.md, generated from the machine: the decision table, the assumptions, the matrix
 * at key moments and the flow diagram as Mermaid. `npm run docs` writes it; a test fails when the
 * committed file differs from what this produces.
 */
import i18next, { type TFunction } from 'i18next';
import en from '../locales/en/common.json';
import { formatHelsinkiIso, parseInstant } from '../machines/helsinkiCalendar';
import { provenanceOf } from '../machines/decision';
import { machineGraph, toMermaid } from '../machines/machineGraph';
import { routingMatrix, type MatrixRow } from '../machines/routingMatrix';
import { ASSUMPTIONS, DECISION_TABLE, URGENCY_IDS } from '../machines/rules';
import { edgeLabel, nodeLabel } from '../src/staff/diagramLabels';

/** Moments either side of each phase date, in and out of office hours, and a holiday. */
export const KEY_MOMENTS = [
  ['Fri 10.3.2023 10:00, before the first phase', '2023-03-10T10:00'],
  ['Mon 13.3.2023 10:00, families and child protection centralised', '2023-03-13T10:00'],
  ['Mon 3.4.2023 10:00, adult social services centralised', '2023-04-03T10:00'],
  ['Fri 21.4.2023 10:00, the last office day before the final phase', '2023-04-21T10:00'],
  ['Mon 24.4.2023 10:00, older people and disability services centralised', '2023-04-24T10:00'],
  ['Mon 24.4.2023 20:00, outside office hours', '2023-04-24T20:00'],
  ['Wed 6.12.2023 10:00, Independence Day', '2023-12-06T10:00'],
] as const;

function englishT(): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'en',
    resources: { en: { common: en } },
    defaultNS: 'common',
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: the docs' interpolations hold no HTML
    interpolation: { escapeValue: false },
    // Stryker disable next-line BooleanLiteral: inline resources initialise synchronously either way
    initAsync: false,
  });
  return instance.t.bind(instance);
}

function matrixTable(rows: MatrixRow[]): string[] {
  const lines = [
    `| matter | affected | ${URGENCY_IDS.join(' | ')} |`,
    `|---|---|${URGENCY_IDS.map(() => '---').join('|')}|`,
  ];
  // Stryker disable next-line EqualityOperator: one more turn meets an empty group, skipped below
  for (let i = 0; i < rows.length; i += URGENCY_IDS.length) {
    const group = rows.slice(i, i + URGENCY_IDS.length);
    const first = group[0];
    // Stryker disable next-line ConditionalExpression: a group is never empty while i < rows.length
    if (!first) continue;
    const cells = group.map((r) => {
      const open = r.nextOpening && !r.availableNow ? `, opens ${r.nextOpening}` : '';
      return `${r.contact} (${r.rule}${open})`;
    });
    lines.push(`| ${first.situation} | ${first.affected ?? '—'} | ${cells.join(' | ')} |`);
  }
  return lines;
}

export function routingDocs(): string {
  const t = englishT();
  const out: string[] = [
    '# Routing: generated from the machine',
    '',
    'Do not edit by hand: `npm run docs` writes this file from `machines/` (the rules as data and the',
    'XState machine). The specification is `shared/domain/RULES.md`; the source section ids S1–S9',
    'refer to `shared/domain/SEED-EN.md`.',
    '',
    '## Decision table (ordered: the first rule that matches wins)',
    '',
    '| # | rule | contact | sources | assumptions | in words |',
    '|---|---|---|---|---|---|',
  ];
  DECISION_TABLE.forEach((row, index) => {
    const { sources, assumptions } = provenanceOf(row.id);
    const words = t(`rule.${row.id}`, { date: 'the phase date', domain: 'that domain' });
    out.push(
      `| ${String(index + 1)} | \`${row.id}\` | \`${row.contact}\` | ${sources.join(', ')} | ${assumptions.join(', ') || '—'} | ${words} |`,
    );
  });
  out.push('', '## Assumptions', '');
  for (const a of ASSUMPTIONS)
    out.push(`- \`${a.id}\` (RULES.md ${a.rulesSection}): ${t(`assumption.${a.id}`)}`);
  out.push(
    '',
    '## The matrix at key moments (Forssa; any municipality of the region is the same)',
    '',
  );
  for (const [title, at] of KEY_MOMENTS) {
    const parsed = parseInstant(at);
    // Stryker disable next-line ConditionalExpression: KEY_MOMENTS are valid moments
    if (!parsed.ok) throw new Error(parsed.error);
    out.push(`### ${title} (${formatHelsinkiIso(parsed.instant)})`, '');
    out.push(...matrixTable(routingMatrix(parsed.instant, ['forssa'])), '');
  }
  out.push(
    '`outside` (any place outside the eleven municipalities) gives `other-region` for every matter',
    'except danger (112), money (Kela) and custody (district court), at every moment.',
    '',
    '## Flow diagram',
    '',
    '```mermaid',
    toMermaid(
      machineGraph(),
      (node) => nodeLabel(node, t),
      (edge) => edgeLabel(edge, t),
    ),
    '```',
    '',
  );
  return out.join('\n');
}

/**
 * docs/ROUTING.md, generated from the machine: the decision table, the assumptions, the matrix
 * at key moments and the flow diagram as Mermaid. `npm run docs` writes it; a test fails when the
 * committed file differs from what this produces.
 */
import i18next, { type TFunction } from 'i18next';
import en from '../../locales/en/common.json';
import {
  factVariables,
  formatHelsinkiIso,
  fromHelsinkiWallClock,
  helsinkiWallClock,
  holidaysOfYear,
  startOfHelsinkiDate,
  provenanceOf,
  ASSUMPTIONS,
  CONTACTS,
  DECISION_TABLE,
  OFFICE_HOURS,
  PHASES,
  SOURCE_HEADINGS,
  SUPPORTED_RANGE,
  URGENCY_IDS,
  WEBSITES,
} from '../../machines';
import {
  machineGraph,
  toMermaid,
  routingMatrix,
  describeRow,
  type MatrixRow,
} from '../../machines/matrix';
import { officeDays } from '../../src/i18n/outcomeWords';
import { assumptionText } from '../../src/i18n/staffWords';
import { edgeLabel, nodeLabel } from '../../src/staff/diagramLabels';

/** "Mon 13.3.2023 10:00": a moment's Helsinki wall clock, for headings. */
function momentTitle(instant: number): string {
  const w = helsinkiWallClock(instant);
  const day = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][w.weekday] ?? '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${day} ${String(w.day)}.${String(w.month)}.${String(w.year)} ${p(w.hour)}:${p(w.minute)}`;
}

/** An instant at a Helsinki clock time on the day of `instant`, `days` later. */
function atClock(instant: number, days: number, hour: number, minute = 0): number {
  const w = helsinkiWallClock(instant);
  return fromHelsinkiWallClock(w.year, w.month, w.day + days, hour, minute);
}

/**
 * Moments either side of each phase date (from rules.ts), in and out of office hours, and a
 * holiday: 10:00 a week before the first phase, 10:00 on each phase date and the working day
 * before the last, the evening of the last phase date, and Independence Day of that year.
 */
function keyMoments(): [title: string, at: number][] {
  const dates = [...new Set(PHASES.map((p) => p.from))].sort();
  const first = startOfHelsinkiDate(dates[0] ?? SUPPORTED_RANGE.from);
  const last = startOfHelsinkiDate(dates.at(-1) ?? SUPPORTED_RANGE.from);
  const midMorning = OFFICE_HOURS.opens.hour + 2;
  const evening = OFFICE_HOURS.closes.hour + 4;
  const domains = (date: string) =>
    PHASES.filter((p) => p.from === date)
      .map((p) => p.domain)
      .join(' and ');
  const moments: [string, number][] = [
    ['a week before the first phase', atClock(first, -7, midMorning)],
    ...dates.map((date): [string, number] => [
      `${domains(date)} centralised`,
      atClock(startOfHelsinkiDate(date), 0, midMorning),
    ]),
    ['three days before the last phase', atClock(last, -3, midMorning)],
    ['outside office hours on the last phase date', atClock(last, 0, evening)],
  ];
  const year = helsinkiWallClock(last).year;
  const holiday = holidaysOfYear(year).find((h) => h.id === 'independence-day');
  if (holiday) {
    const { date } = holiday;
    moments.push([
      'Independence Day',
      fromHelsinkiWallClock(date.year, date.month, date.day, midMorning),
    ]);
  }
  return moments.map(([why, at]) => [`${momentTitle(at)}, ${why}`, at]);
}

const hhmm = (time: { hour: number; minute: number }) =>
  `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;

function englishT(): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'en',
    resources: { en: { common: en } },
    defaultNS: 'common',
    interpolation: { escapeValue: false, defaultVariables: factVariables() },
    initAsync: false,
  });
  return instance.t.bind(instance);
}

function matrixTable(rows: MatrixRow[], at: number): string[] {
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
      const { availability } = describeRow(r, at);
      const open =
        availability.kind === 'closed' ? `, opens ${formatHelsinkiIso(availability.until)}` : '';
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
    'XState machine). The specification is `docs/SPECIFICATION.md` (it follows RULES.md version 2);',
    'the source section ids S1–S9 are the headings listed in `docs/source/SECTIONS.md`.',
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
  const { from, to } = SUPPORTED_RANGE;
  out.push(
    '',
    '## Facts (from `machines/rules.ts`)',
    '',
    `- Supported range: ${from} 00:00 to ${to} 23:59 Helsinki time; other moments are refused.`,
    `- Usual office hours (an assumption): ${officeDays('en')} ${hhmm(OFFICE_HOURS.opens)}–${hhmm(OFFICE_HOURS.closes)}.`,
    `- Phases: ${PHASES.map((p) => `${p.domain} from ${p.from}`).join('; ')}.`,
    `- Phone numbers: ${Object.entries(CONTACTS)
      .filter(([, c]) => c.phone !== null)
      .map(([id, c]) => `\`${id}\` ${c.phone ?? ''}`)
      .join('; ')}; no number for the others.`,
    `- Websites: ${Object.entries(WEBSITES)
      .map(([id, w]) => `\`${id}\` ${w.url}`)
      .join('; ')}.`,
    `- Source headings shown to citizens: ${Object.entries(SOURCE_HEADINGS)
      .map(([id, h]) => `${id} "${h?.heading ?? '(none: not in the source)'}"`)
      .join('; ')}.`,
  );
  out.push('', '## Assumptions', '');
  for (const a of ASSUMPTIONS)
    out.push(`- \`${a.id}\` (RULES.md ${a.rulesSection}): ${assumptionText(a.id, t, 'en')}`);
  out.push(
    '',
    '## The matrix at key moments (Forssa; any municipality of the region is the same)',
    '',
  );
  const moments = keyMoments();
  for (const [title, at] of moments) {
    out.push(`### ${title} (${formatHelsinkiIso(at)})`, '');
    out.push(...matrixTable(routingMatrix(at, ['forssa']), at), '');
  }
  const [, firstMoment] = moments[0] ?? ['', startOfHelsinkiDate(from)];
  out.push(
    '## Outside the region (`outside`, at the first key moment; the same at every moment)',
    '',
    ...matrixTable(routingMatrix(firstMoment, ['outside']), firstMoment),
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

/**
 * The whole routing matrix at one moment: every situation (and who is affected, where that is
 * asked) × urgency × municipality, each cell answered by the machine through `routeAnswers`.
 * The staff view, the `routing-table` command and docs/ROUTING.md all print this.
 */
import { isQuestionNeeded } from './decision';
import { routeAnswers } from './routeAnswers';
import { routeJsonOf, type RouteOutcome } from './routeJson';
import { describeOutcome, type OutcomeDescription } from './outcomeDescription';
import {
  AFFECTED_IDS,
  MUNICIPALITY_IDS,
  SITUATION_IDS,
  URGENCY_IDS,
  type AffectedId,
  type MunicipalityId,
  type SituationId,
  type UrgencyId,
} from './rules';

export interface MatrixRow extends RouteOutcome {
  situation: SituationId;
  /** null where the flow does not ask who is affected. */
  affected: AffectedId | null;
  urgency: UrgencyId;
  municipality: MunicipalityId;
}

export const MATRIX_COLUMNS = [
  'situation',
  'affected',
  'urgency',
  'municipality',
  'contact',
  'rule',
  'availableNow',
  'nextOpening',
  'phone',
] as const satisfies readonly (keyof MatrixRow)[];

export function routingMatrix(
  at: number,
  municipalities: readonly MunicipalityId[] = MUNICIPALITY_IDS,
): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (const municipality of municipalities) {
    for (const situation of SITUATION_IDS) {
      const affectedValues: (AffectedId | null)[] = isQuestionNeeded('affected', { situation })
        ? [...AFFECTED_IDS]
        : [null];
      for (const affected of affectedValues) {
        for (const urgency of URGENCY_IDS) {
          const result = routeAnswers(at, {
            situation,
            urgency,
            municipality,
            ...(affected ? { affected } : {}),
          });
          // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable, every cell answers each question the machine may ask
          if (!result.ok) throw new Error(`The machine needs ${result.missing} for ${situation}`);
          rows.push({ situation, affected, urgency, municipality, ...routeJsonOf(result.outcome) });
        }
      }
    }
  }
  return rows;
}

/** A row's whole outcome at the moment it was asked for (outcomeDescription.ts). */
export function describeRow(row: MatrixRow, at: number): OutcomeDescription {
  const { situation, affected, urgency, municipality } = row;
  const answers = { situation, urgency, municipality, ...(affected ? { affected } : {}) };
  return describeOutcome(row.rule, answers, at);
}

function csvField(value: string | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Columns added after the ids (the staff view adds the moment and words in its language). */
export interface ExtraColumns {
  headers: readonly string[];
  values: (row: MatrixRow) => readonly string[];
}

/** CSV for spreadsheets: UTF-8 with a BOM, `;` between fields (what Excel expects in Finland). */
export function matrixToCsv(rows: readonly MatrixRow[], extra?: ExtraColumns): string {
  const lines = [
    [...MATRIX_COLUMNS, ...(extra?.headers ?? [])].map(csvField).join(';'),
    ...rows.map((row) =>
      [...MATRIX_COLUMNS.map((c) => row[c]), ...(extra?.values(row) ?? [])].map(csvField).join(';'),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** JSON objects with the keys in MATRIX_COLUMNS order. */
export function matrixToJson(rows: readonly MatrixRow[]): string {
  return JSON.stringify(
    rows.map((row) => Object.fromEntries(MATRIX_COLUMNS.map((c) => [c, row[c]]))),
    null,
    2,
  );
}

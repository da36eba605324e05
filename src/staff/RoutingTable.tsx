import { useTranslation } from 'react-i18next';
import { URGENCY_IDS, type MunicipalityId } from '../../machines';
import { describeRow, type MatrixRow } from '../../machines/matrix';
import { formatMoment } from '../i18n/formatTime';
import { languageOf } from '../i18n/languages';

const CELL_AVAILABILITY_KEYS = {
  unknown: 'staff.cellHoursUnknown',
  always: 'staff.cellOpenAlways',
  open: 'staff.cellOpenNow',
} as const;

export const cellKey = (row: Pick<MatrixRow, 'situation' | 'affected' | 'urgency'>): string =>
  `${row.situation}/${row.affected ?? '-'}/${row.urgency}`;

interface Props {
  rows: MatrixRow[];
  municipality: MunicipalityId;
  at: number;
  changed: ReadonlySet<string>;
  selected: string | null;
  onSelect: (key: string) => void;
}

/** The matrix: one row a matter (and who is affected), one column an urgency. */
export function RoutingTable({ rows, municipality, at, changed, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const matters = [
    ...new Map(rows.map((r) => [`${r.situation}/${r.affected ?? '-'}`, r])).values(),
  ];
  const cell = (matter: MatrixRow, urgency: string) =>
    rows.find(
      (r) => cellKey(r) === cellKey({ ...matter, urgency: urgency as MatrixRow['urgency'] }),
    );

  return (
    // The matrix scrolls inside its own region on a narrow screen; the page does not.
    <div className="table-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
      <table className="matrix">
        <caption id="matrix-caption">
          {t('staff.matrixCaption', {
            municipality: t(`municipality.${municipality}`),
            time: formatMoment(at, language),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('staff.matterColumn')}</th>
            {URGENCY_IDS.map((u) => (
              <th scope="col" key={u}>
                {t(`staff.urgencyShort.${u}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matters.map((matter) => (
            <tr key={`${matter.situation}/${matter.affected ?? '-'}`}>
              <th scope="row">
                {t(`situation.${matter.situation}.label`)}
                {matter.affected && (
                  <span className="matrix__affected">{t(`affected.${matter.affected}.label`)}</span>
                )}
              </th>
              {URGENCY_IDS.map((urgency) => {
                const row = cell(matter, urgency);
                if (!row) return <td key={urgency} />;
                const key = cellKey(row);
                const { availability, ruleNumber } = describeRow(row, at);
                const isChanged = changed.has(key);
                return (
                  <td key={urgency} className={isChanged ? 'matrix__cell--changed' : undefined}>
                    <button
                      type="button"
                      className="matrix__cell"
                      aria-pressed={selected === key}
                      data-cell={key}
                      onClick={() => {
                        onSelect(key);
                      }}
                    >
                      <span className="matrix__contact">
                        {t(`staff.contactShort.${row.contact}`)}
                      </span>
                      <span className="matrix__rule">
                        {ruleNumber}. {t(`ruleTitle.${row.rule}`)}
                      </span>
                      <span className="matrix__availability">
                        {availability.kind === 'closed'
                          ? t('staff.cellOpens', {
                              time: formatMoment(availability.until, language),
                            })
                          : t(CELL_AVAILABILITY_KEYS[availability.kind])}
                      </span>
                      {isChanged && <span className="matrix__changed">{t('staff.changed')}</span>}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MunicipalityOptions } from '../components/MunicipalityOptions';
import {
  isSupportedInstant,
  supportedFromInstant,
  supportedLastMinute,
  formatHelsinkiIso,
  ASSUMPTIONS,
  MUNICIPALITY_IDS,
  type MunicipalityId,
} from '../../machines';
import { matrixToCsv, parseInstant, routingMatrix, type ExtraColumns } from '../../machines/matrix';
import { formatDate, formatMoment } from '../i18n/formatTime';
import { useEventListener } from '../app/useEventListener';
import { useAnswerWords } from '../i18n/outcomeWords';
import { assumptionText, rangeVariables } from '../i18n/staffWords';
import { CellExplanation } from './CellExplanation';
import FlowDiagram from './FlowDiagram';
import { MomentStatus } from './MomentStatus';
import { cellKey, RoutingTable } from './RoutingTable';
import {
  acrossPhase,
  PHASE_DAYS,
  readStaffParams,
  shiftWeeks,
  shortcutMoments,
  staffSearch,
  toLocalInput,
} from './staffParams';
import './staff.css';
import { languageOf } from '../i18n/languages';
import { useDocumentTitle } from '../app/useDocumentTitle';

function downloadCsv(csv: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/** The staff routing checker: any moment, the whole matrix, the rules and sources behind it. */
export default function StaffView() {
  const { t, i18n } = useTranslation();
  const { label } = useAnswerWords();
  const language = languageOf(i18n.language);
  const [params, setParams] = useState(() => readStaffParams(window.location.search, Date.now()));
  const [input, setInput] = useState(() => toLocalInput(params.at));
  /** '' (no highlighting), 'week' (one week earlier) or a phase date (across it). */
  const [compare, setCompare] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const explainRef = useRef<HTMLHeadingElement>(null);
  // Choosing a cell takes focus and view to its explanation (below the matrix on a phone).
  const choose = (key: string) => {
    setSelected(key);
    requestAnimationFrame(() => {
      explainRef.current?.focus();
    });
  };
  const { at, municipality } = params;

  useEventListener('window', 'popstate', () => {
    const next = readStaffParams(window.location.search, Date.now());
    setParams(next);
    setInput(toLocalInput(next.at));
  });

  useDocumentTitle(t('staff.title'));

  const show = (nextAt: number, nextMunicipality: MunicipalityId) => {
    const next = {
      at: nextAt,
      municipality: nextMunicipality,
      invalidAt: null,
      invalidMunicipality: null,
    };
    window.history.pushState(
      window.history.state,
      '',
      staffSearch(window.location.search, nextAt, nextMunicipality),
    );
    setParams(next);
    setInput(toLocalInput(nextAt));
  };

  const rows = useMemo(() => routingMatrix(at, [municipality]), [at, municipality]);
  const changed = useMemo(() => {
    if (!compare) return new Set<string>();
    const other = compare === 'week' ? shiftWeeks(at, -1) : acrossPhase(at, compare);
    if (!isSupportedInstant(other)) return new Set<string>();
    const before = routingMatrix(other, [municipality]);
    return new Set(
      rows
        .filter((row, i) => before[i]?.contact !== row.contact || before[i].rule !== row.rule)
        .map(cellKey),
    );
  }, [compare, at, municipality, rows]);
  const selectedRow = rows.find((r) => cellKey(r) === selected) ?? null;
  const jumpTo = (pick: (moments: ReturnType<typeof shortcutMoments>) => number) => () => {
    show(pick(shortcutMoments(Date.now())), municipality);
  };

  // The CSV: the ids (as the routing-table command gives them), then the moment and the words of
  // the view's language, for a person reading it in a spreadsheet.
  const csvWords: ExtraColumns = {
    headers: [
      'at',
      'situationText',
      'affectedText',
      'urgencyText',
      'municipalityText',
      'contactText',
      'ruleText',
    ],
    values: (row) => [
      formatHelsinkiIso(at),
      label({ question: 'situation', value: row.situation }),
      row.affected === null ? '' : label({ question: 'affected', value: row.affected }),
      label({ question: 'urgency', value: row.urgency }),
      label({ question: 'municipality', value: row.municipality }),
      t(`contact.${row.contact}.name`),
      t(`ruleTitle.${row.rule}`),
    ],
  };
  return (
    <div className="staff">
      <h1>{t('staff.title')}</h1>
      <p>{t('staff.intro')}</p>
      {params.invalidAt !== null && (
        <p className="notice notice--error" role="alert">
          {t('staff.invalidAt', {
            value: params.invalidAt,
            ...rangeVariables(language),
            example: toLocalInput(supportedFromInstant() + 40 * 86_400_000 + 10 * 3_600_000),
          })}
        </p>
      )}
      {params.invalidMunicipality !== null && (
        <p className="notice notice--error" role="alert">
          {t('staff.invalidMunicipality', {
            value: params.invalidMunicipality,
            municipality: t(`municipality.${municipality}`),
          })}
        </p>
      )}
      <form
        className="staff-form"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const parsed = parseInstant(input);
          const chosen = data.get('municipality');
          show(
            parsed.ok ? parsed.instant : at,
            MUNICIPALITY_IDS.find((m) => m === chosen) ?? municipality,
          );
        }}
      >
        <div className="field">
          <label htmlFor="staff-at">{t('staff.momentLabel')}</label>
          <input
            id="staff-at"
            type="datetime-local"
            name="at"
            value={input}
            min={toLocalInput(supportedFromInstant())}
            max={toLocalInput(supportedLastMinute())}
            onChange={(e) => {
              setInput(e.target.value);
            }}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="staff-municipality">{t('staff.municipalityLabel')}</label>
          <select
            id="staff-municipality"
            name="municipality"
            defaultValue={municipality}
            key={municipality}
          >
            <MunicipalityOptions />
          </select>
        </div>
        <button type="submit" className="secondary-button">
          {t('staff.show')}
        </button>
      </form>
      <div className="shortcuts" role="group" aria-label={t('staff.shortcuts')}>
        <button type="button" className="link-button" onClick={jumpTo((m) => m.now)}>
          {t('staff.now')}
        </button>
        {PHASE_DAYS.map((date, index) => (
          <button
            key={date}
            type="button"
            className="link-button"
            onClick={jumpTo((m) => m.phases[index]?.at ?? m.now)}
          >
            {t('staff.phaseDay', { date: formatDate(date, language) })}
          </button>
        ))}
        <button type="button" className="link-button" onClick={jumpTo((m) => m.nextWeekday)}>
          {t('staff.nextWeekday')}
        </button>
        <button type="button" className="link-button" onClick={jumpTo((m) => m.tonight)}>
          {t('staff.tonight')}
        </button>
      </div>

      <h2 className="staff__moment">{formatMoment(at, language)}</h2>
      <MomentStatus at={at} />

      <h2>{t('staff.matrixTitle')}</h2>
      <div className="staff-form">
        <div className="field">
          <label htmlFor="staff-compare">{t('staff.compare')}</label>
          <select
            id="staff-compare"
            value={compare}
            onChange={(e) => {
              setCompare(e.target.value);
            }}
          >
            <option value="">{t('staff.compareNone')}</option>
            <option value="week">{t('staff.compareWeek')}</option>
            {PHASE_DAYS.map((date) => (
              <option key={date} value={date}>
                {t('staff.comparePhase', { date: formatDate(date, language) })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="staff__matrix">
        <RoutingTable
          rows={rows}
          municipality={municipality}
          at={at}
          changed={changed}
          selected={selected}
          onSelect={choose}
        />
        <section className="staff__explain" aria-labelledby="explain-title" aria-live="polite">
          <h3 id="explain-title" ref={explainRef} tabIndex={-1}>
            {t('staff.explainTitle')}
          </h3>
          <CellExplanation row={selectedRow} at={at} />
        </section>
      </div>
      <div className="actions">
        <button
          type="button"
          className="secondary-button"
          onClick={() => {
            downloadCsv(
              matrixToCsv(rows, csvWords),
              `routing-${toLocalInput(at).replace(':', '')}-${municipality}.csv`,
            );
          }}
        >
          {t('staff.downloadCsv')}
        </button>
        <button
          type="button"
          className="secondary-button"
          onClick={() => {
            window.print();
          }}
        >
          {t('staff.print')}
        </button>
      </div>

      <h2>{t('staff.assumptionsTitle')}</h2>
      <p>{t('staff.assumptionsIntro')}</p>
      <ul>
        {ASSUMPTIONS.map((a) => (
          <li key={a.id}>{assumptionText(a.id, t, language)}</li>
        ))}
      </ul>

      <h2>{t('staff.diagramTitle')}</h2>
      <p>{t('staff.diagramIntro')}</p>
      <FlowDiagram />
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { domainOf, provenanceOf } from '../../machines/decision';
import type { MatrixRow } from '../../machines/routingMatrix';
import { PHASES, RULE_IDS } from '../../machines/rules';
import { formatDate, formatMoment } from '../formatTime';
import type { Language } from '../i18n';

/** Why a cell says what it says: the rule in plain words, its source sections and assumptions. */
export function CellExplanation({ row }: { row: MatrixRow | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  if (!row) return <p>{t('staff.explainEmpty')}</p>;
  const { sources, assumptions } = provenanceOf(row.rule);
  const phase = PHASES.find(
    (p) => p.domain === domainOf({ situation: row.situation, affected: row.affected ?? undefined }),
  );
  const ruleText =
    (row.rule === 'centralised' || row.rule === 'municipal-office-hours') && phase
      ? t(`rule.${row.rule}`, {
          date: formatDate(phase.from, language),
          domain: t(`domain.${phase.domain}`),
        })
      : t(`rule.${row.rule as 'danger'}`);
  return (
    <div className="explanation">
      <p className="explanation__matter">
        {t(`situation.${row.situation}.label`)}
        {row.affected && ` – ${t(`affected.${row.affected}.label`)}`} –{' '}
        {t(`urgency.${row.urgency}.label`)}
      </p>
      <p className="explanation__contact">{t(`contact.${row.contact}.name`)}</p>
      <p>
        <strong>
          {t('staff.ruleLabel', {
            number: RULE_IDS.indexOf(row.rule) + 1,
            title: t(`ruleTitle.${row.rule}`),
          })}
        </strong>
      </p>
      <p>{ruleText}</p>
      {row.nextOpening && !row.availableNow && (
        <p>
          {t('outcome.opensNext', { time: formatMoment(Date.parse(row.nextOpening), language) })}
        </p>
      )}
      <h4>{t('staff.sourcesLabel')}</h4>
      <ul>
        {sources.map((s) => (
          <li key={s}>
            {s}: {t(`source.${s}`)}
          </li>
        ))}
      </ul>
      <h4>{t('staff.assumptionsLabel')}</h4>
      {assumptions.length === 0 ? (
        <p>{t('staff.noAssumptions')}</p>
      ) : (
        <ul>
          {assumptions.map((a) => (
            <li key={a}>{t(`assumption.${a}`)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

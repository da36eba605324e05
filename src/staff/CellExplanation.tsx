import { useTranslation } from 'react-i18next';
import { RULE_IDS } from '../../machines';
import { describeRow, type MatrixRow } from '../../machines/matrix';
import { formatMoment } from '../i18n/formatTime';
import { useRuleText } from '../i18n/outcomeWords';
import { assumptionText } from '../i18n/staffWords';
import { languageOf } from '../i18n/languages';

/** Why a cell says what it says: the rule in plain words, its source sections and assumptions. */
export function CellExplanation({ row, at }: { row: MatrixRow | null; at: number }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const ruleTextOf = useRuleText();
  if (!row) return <p>{t('staff.explainEmpty')}</p>;
  const outcome = describeRow(row, at);
  const { sections, assumptions } = outcome.provenance;
  const { availability } = outcome;
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
            number: outcome.ruleNumber,
            total: RULE_IDS.length,
            title: t(`ruleTitle.${row.rule}`),
          })}
        </strong>
      </p>
      <p>{ruleTextOf(outcome)}</p>
      {availability.kind === 'closed' && (
        <p>{t('outcome.opensNext', { time: formatMoment(availability.until, language) })}</p>
      )}
      <h4>{t('staff.sourcesLabel')}</h4>
      <ul>
        {/* Staff see both the project's id and the source page's own heading. */}
        {sections.map(({ id, heading }) => (
          <li key={id}>
            {id}: {t(`source.${id}`)}
            {heading && (
              <>
                {' '}
                ({t('staff.sourceHeading')} <q lang="fi">{heading}</q>)
              </>
            )}
          </li>
        ))}
      </ul>
      <h4>{t('staff.assumptionsLabel')}</h4>
      {assumptions.length === 0 ? (
        <p>{t('staff.noAssumptions')}</p>
      ) : (
        <ul>
          {assumptions.map((a) => (
            <li key={a}>{assumptionText(a, t, language)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

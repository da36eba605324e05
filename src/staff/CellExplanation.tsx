import { useTranslation } from 'react-i18next';
import { provenanceOf, RULE_IDS, SOURCE_HEADINGS, type MatrixRow } from '../../machines';
import { formatMoment } from '../formatTime';
import type { Language } from '../i18n';
import { assumptionText, availabilityOf, useRuleText } from '../outcomeWords';

/** Why a cell says what it says: the rule in plain words, its source sections and assumptions. */
export function CellExplanation({ row }: { row: MatrixRow | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const ruleTextOf = useRuleText();
  if (!row) return <p>{t('staff.explainEmpty')}</p>;
  const { sources, assumptions } = provenanceOf(row.rule);
  const ruleText = ruleTextOf(row.rule, {
    situation: row.situation,
    affected: row.affected ?? undefined,
  });
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
            total: RULE_IDS.length,
            title: t(`ruleTitle.${row.rule}`),
          })}
        </strong>
      </p>
      <p>{ruleText}</p>
      {row.nextOpening && availabilityOf(row) === 'closed' && (
        <p>
          {t('outcome.opensNext', { time: formatMoment(Date.parse(row.nextOpening), language) })}
        </p>
      )}
      <h4>{t('staff.sourcesLabel')}</h4>
      <ul>
        {sources.map((s) => {
          const heading = SOURCE_HEADINGS[s];
          // Staff see both the project's id and the source page's own heading.
          return (
            <li key={s}>
              {s}: {t(`source.${s}`)}
              {heading && (
                <>
                  {' '}
                  ({t('staff.sourceHeading')} <q lang="fi">{heading.heading}</q>)
                </>
              )}
            </li>
          );
        })}
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

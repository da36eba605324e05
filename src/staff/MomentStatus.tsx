import { useTranslation } from 'react-i18next';
import { isCentralised, officeClosedReason, PHASES } from '../../machines';
import { formatDate } from '../i18n/formatTime';
import { officeDays } from '../i18n/outcomeWords';
import { languageOf } from '../i18n/languages';

/** Whether the moment is in office hours (and why not), and which phases are in force. */
export function MomentStatus({ at }: { at: number }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const closed = officeClosedReason(at);
  const reason =
    closed === null
      ? null
      : closed.kind === 'holiday'
        ? t('staff.reason.holiday', { holiday: t(`holiday.${closed.holiday}`) })
        : t(`staff.reason.${closed.kind}`);
  return (
    <>
      <p className={`office-status ${closed ? 'office-status--closed' : 'office-status--open'}`}>
        {reason === null
          ? t('staff.officeOpen', { days: officeDays(language) })
          : t('staff.officeClosed', { reason })}
      </p>
      <h2>{t('staff.phasesTitle')}</h2>
      <ol className="phases">
        {PHASES.map((phase) => {
          const inForce = isCentralised(phase.domain, at);
          return (
            <li
              key={phase.domain}
              className={inForce ? 'phases__item phases__item--in-force' : 'phases__item'}
            >
              <span className="phases__date">{formatDate(phase.from, language)}</span>
              <span>
                {t(inForce ? 'staff.phaseInForce' : 'staff.phaseNotYet', {
                  domain: t(`domain.${phase.domain}`),
                })}
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}

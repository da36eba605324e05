import { useTranslation } from 'react-i18next';
import { phoneLine } from '../../machines';
import { TelLink } from './TelLink';

const emergency = phoneLine('emergency-112');

/** 112 on every screen, above the fold on a phone. */
export function EmergencyBlock() {
  const { t } = useTranslation();
  return (
    <aside className="emergency" aria-labelledby="emergency-question">
      <p id="emergency-question" className="emergency__question">
        {t('emergency.question')}
      </p>
      <TelLink className="emergency__call" href={emergency.href}>
        {t('emergency.call')}
      </TelLink>
    </aside>
  );
}

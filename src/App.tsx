import { useTranslation } from 'react-i18next';
import { CONTACTS } from '../machines/rules';

const duty = CONTACTS['social-crisis-duty'];

export function App() {
  const { t } = useTranslation();
  return (
    <main>
      <h1>{t('appName')}</h1>
      <p>{t('serviceName')}</p>
      <section aria-labelledby="emergency-heading">
        <h2 id="emergency-heading">{t('emergency.question')}</h2>
        <a href="tel:112">{t('emergency.call')}</a>
      </section>
      <p>{t('intro')}</p>
      <p>
        {t('serviceLine', { phone: duty.phone })} <a href={`tel:${duty.tel}`}>{duty.phone}</a>
      </p>
      <p>{t('comingSoon')}</p>
    </main>
  );
}

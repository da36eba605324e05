import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The accessibility statement required of Finnish public-sector services. */
export function AccessibilityPage() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('accessibility.title')} – ${t('appName')}`;
  }, [t]);
  return (
    <article className="text-page">
      <h1>{t('accessibility.title')}</h1>
      <p>{t('accessibility.intro')}</p>
      <h2>{t('accessibility.statusTitle')}</h2>
      <p>{t('accessibility.status')}</p>
      <h2>{t('accessibility.limitsTitle')}</h2>
      <p>{t('accessibility.limits')}</p>
      <h2>{t('accessibility.feedbackTitle')}</h2>
      <p>{t('accessibility.feedback')}</p>
      <h2>{t('accessibility.dateTitle')}</h2>
      <p>{t('accessibility.date')}</p>
    </article>
  );
}

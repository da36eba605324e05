import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';

const SECTIONS = [
  'exit',
  'after',
  'history',
  'offline',
  'clear',
  'private',
  'shared',
  'stored',
] as const;

/** What the quick exit does and does not do, and how to browse more safely. */
export default function SafetyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('safety.title'));
  return (
    <article className="text-page">
      <h1>{t('safety.title')}</h1>
      <p>{t('safety.intro')}</p>
      {SECTIONS.map((section) => (
        <section key={section}>
          <h2>{t(`safety.${section}Title`)}</h2>
          <p>{t(`safety.${section}`)}</p>
        </section>
      ))}
    </article>
  );
}

import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';

const TESTED_SCREENS = ['questions', 'outcomes', 'pages', 'staff'] as const;
const LIMITS = ['diagram', 'sourceLanguage', 'helplines'] as const;

/**
 * The accessibility statement that the Finnish Act on the Provision of Digital Services
 * (306/2019) requires: the compliance status (claimed only from what the tests check), the content
 * that is not accessible, the feedback channel and the enforcement procedure. Names and addresses
 * the project cannot source are marked placeholders for the service owner.
 */
export default function AccessibilityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accessibility.title'));
  return (
    <article className="text-page">
      <h1>{t('accessibility.title')}</h1>
      <p>{t('accessibility.intro')}</p>
      <h2>{t('accessibility.statusTitle')}</h2>
      <p>{t('accessibility.status')}</p>
      <h2>{t('accessibility.testedTitle')}</h2>
      <p>{t('accessibility.tested')}</p>
      <ul>
        {TESTED_SCREENS.map((screen) => (
          <li key={screen}>{t(`accessibility.testedScreens.${screen}`)}</li>
        ))}
      </ul>
      <p>{t('accessibility.testedMore')}</p>
      <h2>{t('accessibility.limitsTitle')}</h2>
      <p>{t('accessibility.limits')}</p>
      <ul>
        {LIMITS.map((limit) => (
          <li key={limit}>{t(`accessibility.limitItems.${limit}`)}</li>
        ))}
      </ul>
      <h2>{t('accessibility.feedbackTitle')}</h2>
      <p>{t('accessibility.feedback')}</p>
      <p className="placeholder">{t('accessibility.feedbackChannel')}</p>
      <h2>{t('accessibility.enforcementTitle')}</h2>
      <p>{t('accessibility.enforcement')}</p>
      <p className="placeholder">{t('accessibility.enforcementContact')}</p>
      <p>{t('accessibility.placeholderNote')}</p>
      <h2>{t('accessibility.dateTitle')}</h2>
      <p>{t('accessibility.date')}</p>
    </article>
  );
}

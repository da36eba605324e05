import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../machines/rules';
import { CitizenFlow } from './CitizenFlow';
import { EmergencyBlock } from './components/EmergencyBlock';
import { LanguageSwitcher } from './components/LanguageSwitcher';
import { QuickExit } from './components/QuickExit';
import { AccessibilityPage } from './pages/AccessibilityPage';
import { SafetyPage } from './pages/SafetyPage';
import { pageHref, type Page } from './urlParams';

interface Props {
  page: Page;
  presets?: Answers;
}

const NO_PRESETS: Answers = {};

// Staff see the whole matrix and the diagram; citizens never download that code.
const StaffView = lazy(() => import('./staff/StaffView'));

export function App({ page, presets = NO_PRESETS }: Props) {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);
  const pageLink = (target: Page) => pageHref(target, i18n.language);

  return (
    <div className={page === 'staff' ? 'app app--wide' : 'app'}>
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__brand">
          <span className="site-header__name">{t('appName')}</span>
          <span className="site-header__service">{t('serviceName')}</span>
        </div>
        <LanguageSwitcher />
        <QuickExit />
      </header>
      <EmergencyBlock />
      <main id="main" className="main" tabIndex={-1}>
        {page === 'safety' && <SafetyPage />}
        {page === 'accessibility' && <AccessibilityPage />}
        {page === 'flow' && <CitizenFlow presets={presets} />}
        {page === 'staff' && (
          <Suspense fallback={<p role="status">{t('staff.loading')}</p>}>
            <StaffView />
          </Suspense>
        )}
        {page !== 'flow' && (
          <p>
            <a href={pageLink('flow')}>{t('nav.home')}</a>
          </p>
        )}
      </main>
      <footer className="site-footer">
        <ul className="site-footer__links">
          <li>
            <a href={pageLink('safety')}>{t('nav.safety')}</a>
          </li>
          <li>
            <a href={pageLink('accessibility')}>{t('nav.accessibility')}</a>
          </li>
          <li>
            <a href={pageLink('staff')}>{t('staff.link')}</a>
          </li>
        </ul>
        <p>{t('footer.privacy')}</p>
        <p>{t('footer.source')}</p>
      </footer>
    </div>
  );
}

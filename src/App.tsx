import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../machines';
import { CitizenFlow } from './CitizenFlow';
import { EmergencyBlock } from './components/EmergencyBlock';
import { ErrorBoundary } from './components/ErrorBoundary';
import { LanguageSwitcher } from './components/LanguageSwitcher';
import { QuickExit } from './components/QuickExit';
import { AccessibilityPage } from './pages/AccessibilityPage';
import { EmbedGuidePage } from './pages/EmbedGuidePage';
import { SafetyPage } from './pages/SafetyPage';
import { EmbedContext } from './embed/EmbedContext';
import { LANGUAGE_INFO, LANGUAGES, STAFF_LANGUAGES, type Language } from './i18n';
import { pageHref, withParam, type Page } from './urlParams';

interface Props {
  page: Page;
  presets?: Answers;
  /** Set inside a partner's iframe: no site header or footer, links leave the frame. */
  embed?: { showLanguages: boolean };
}

const NO_PRESETS: Answers = {};

// Staff see the whole matrix and the diagram; citizens never download that code.
const StaffView = lazy(() => import('./staff/StaffView'));

export function App({ page, presets = NO_PRESETS, embed }: Props) {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.documentElement.lang = LANGUAGE_INFO[i18n.language as Language].htmlLang;
  }, [i18n.language]);
  const language = i18n.language as Language;
  const pageLink = (target: Page) => pageHref(target, language);
  // The flow and the text pages have a page per language; the staff view and the embed keep
  // their own parameters.
  const hrefFor = (target: Language) =>
    embed || page === 'staff'
      ? withParam(window.location.search, 'lang', target === 'fi' ? null : target)
      : pageHref(page, target);

  if (embed) {
    return (
      <EmbedContext.Provider value={true}>
        <div className="app app--embed">
          <div className="site-header site-header--embed">
            {embed.showLanguages && <LanguageSwitcher hrefFor={hrefFor} />}
            <QuickExit />
          </div>
          <EmergencyBlock />
          <main id="main" className="main">
            <ErrorBoundary>
              <CitizenFlow presets={presets} />
            </ErrorBoundary>
          </main>
          <p className="embed-footer">
            <a href={pageHref('safety', language)} target="_blank" rel="noopener">
              {t('nav.safety')}
            </a>
          </p>
        </div>
      </EmbedContext.Provider>
    );
  }

  return (
    <div className={page === 'staff' || page === 'embed' ? 'app app--wide' : 'app'}>
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__brand">
          <span className="site-header__name">{t('appName')}</span>
          <span className="site-header__service">{t('serviceName')}</span>
        </div>
        <LanguageSwitcher
          hrefFor={hrefFor}
          languages={page === 'staff' || page === 'embed' ? STAFF_LANGUAGES : LANGUAGES}
        />
        <QuickExit />
      </header>
      <EmergencyBlock />
      <main id="main" className="main" tabIndex={-1}>
        <ErrorBoundary>
          {page === 'safety' && <SafetyPage />}
          {page === 'accessibility' && <AccessibilityPage />}
          {page === 'embed' && <EmbedGuidePage />}
          {page === 'flow' && <CitizenFlow presets={presets} />}
          {page === 'staff' && (
            <Suspense fallback={<p role="status">{t('staff.loading')}</p>}>
              <StaffView />
            </Suspense>
          )}
        </ErrorBoundary>
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
          <li>
            <a href={pageLink('embed')}>{t('embedGuide.link')}</a>
          </li>
        </ul>
        <p>{t('footer.privacy')}</p>
        <p>{t('footer.source')}</p>
      </footer>
    </div>
  );
}

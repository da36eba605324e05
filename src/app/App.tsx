import { lazy, startTransition, Suspense, use, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../machines';
import { CitizenFlow } from '../citizen/CitizenFlow';
import { EmergencyBlock } from '../components/EmergencyBlock';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { QuickExit } from '../components/QuickExit';
import { EmbedContext } from '../embed/frame/EmbedContext';
import {
  ensureAllTexts,
  hasAllTexts,
  LANGUAGES,
  STAFF_LANGUAGES,
  type Language,
} from '../i18n/i18n';
import { embedPath, LANGUAGE_INFO, languageOf } from '../i18n/languages';
import { pageHref, withParam, type Page } from './urlParams';

interface Props {
  page: Page;
  presets?: Answers;
  /** Set inside a partner's iframe: no site header or footer, links leave the frame. */
  embed?: { showLanguages: boolean };
}

const NO_PRESETS: Answers = {};

// Staff see the whole matrix and the diagram; citizens never download that code. The text pages
// are read rarely: they, and the texts that only they show, come when they are opened.
const StaffView = lazy(() => import('../staff/StaffView'));
const SafetyPage = lazy(() => import('../pages/SafetyPage'));
const AccessibilityPage = lazy(() => import('../pages/AccessibilityPage'));
const EmbedGuidePage = lazy(() => import('../embed/guide/EmbedGuidePage'));

/** Shows its children once the language's whole text file is there (the start has a part). */
function WithAllTexts({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = languageOf(i18n.language);
  if (!hasAllTexts(i18n, language)) use(ensureAllTexts(i18n, language));
  return children;
}

export function App({ page, presets = NO_PRESETS, embed }: Props) {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    // Written only when it changes: any write, even of the same value, makes the browser recheck
    // every element's style (:lang), a long task after the prerendered page's hydration.
    const htmlLang = LANGUAGE_INFO[languageOf(i18n.language)].htmlLang;
    if (document.documentElement.lang !== htmlLang) document.documentElement.lang = htmlLang;
  }, [i18n.language]);
  const language = languageOf(i18n.language);
  const pageLink = (target: Page) => pageHref(target, language);
  // The page's own query, read after hydration (the prerendered page was rendered without one),
  // at each render from then on. Its first reading re-renders the page in a transition, in
  // slices, and only when there is a query (an embed's preset, the staff view's moment).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    if (window.location.search) {
      startTransition(() => {
        setHydrated(true);
      });
    }
  }, []);
  const search = hydrated ? window.location.search : '';
  // The flow, the text pages and the embed have a page per language; the staff view and the
  // embed keep their own parameters.
  const hrefFor = (target: Language) =>
    embed
      ? `${embedPath(target)}${withParam(search, 'lang', null, '')}`
      : page === 'staff'
        ? withParam(search, 'lang', target === 'fi' ? null : target)
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
          {page === 'flow' && <CitizenFlow presets={presets} />}
          {page !== 'flow' && (
            <Suspense
              fallback={page === 'staff' ? <p role="status">{t('staff.loading')}</p> : null}
            >
              <WithAllTexts>
                {page === 'safety' && <SafetyPage />}
                {page === 'accessibility' && <AccessibilityPage />}
                {page === 'embed' && <EmbedGuidePage />}
                {page === 'staff' && <StaffView />}
              </WithAllTexts>
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

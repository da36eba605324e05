/**
 * The citizen page once its code is loaded (main.tsx): hydrate or render, then the head links and
 * the service worker.
 */
import { StrictMode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { HISTORY_KEY } from '../citizen/flowState';
import { languagePath, type Language } from '../i18n/languages';
import { addHeadLinks, describePage, mountPage } from './mountPage';
import { registerServiceWorker } from '../update/registerServiceWorker';
import type { Page } from './urlParams';

export function startCitizenPage(i18n: I18n, language: Language, page: Page): void {
  const root = document.getElementById('root');
  describePage(i18n);
  if (root) {
    // The prerendered start page is hydrated only when the first screen will be that same page:
    // not for another page or language, a restored step, or a shared link.
    const state = window.history.state as Record<string, unknown> | null;
    const startScreen =
      root.dataset.prerendered === language &&
      page === 'flow' &&
      !window.location.hash &&
      !(state && HISTORY_KEY in state);
    mountPage(
      root,
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <ErrorBoundary withQuickExit>
            <App page={page} />
          </ErrorBoundary>
        </I18nextProvider>
      </StrictMode>,
      startScreen,
    );
  }
  addHeadLinks(`${languagePath(language)}manifest.webmanifest`);
  registerServiceWorker();
}

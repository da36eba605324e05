/** The embed page once its code is loaded (embedMain.tsx): hydrate or render, then the parent channel. */
import { StrictMode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../app/App';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { EmbedContext } from './EmbedContext';
import type { EmbedParams } from './embedParams';
import { connectToParent } from './parentChannel';
import { reportHeight } from './reportHeight';
import { addHeadLinks, describePage, mountPage } from '../../app/mountPage';

export function startEmbedPage(i18n: I18n, params: EmbedParams): void {
  const root = document.getElementById('root');
  describePage(i18n);
  if (root) {
    // Prerendered with the language switcher; a preset municipality does not change the first
    // question, so only the language and the switcher decide.
    const samePage = root.dataset.prerendered === params.language && params.showLanguages;
    mountPage(
      root,
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <EmbedContext.Provider value={true}>
            <ErrorBoundary withQuickExit>
              <App
                page="flow"
                presets={params.municipality ? { municipality: params.municipality } : {}}
                embed={{ showLanguages: params.showLanguages }}
              />
            </ErrorBoundary>
          </EmbedContext.Provider>
        </I18nextProvider>
      </StrictMode>,
      samePage,
    );
    if (params.id) {
      connectToParent(params.id, params.parentOrigin);
      reportHeight(
        root,
        params.id,
        params.parentOrigin,
        () => root.querySelector('[data-screen="first"]') !== null,
      );
    }
  }
  addHeadLinks(null);
}

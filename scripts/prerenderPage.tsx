/**
 * One prerendered start page: the built index.html with the page of a language rendered into it,
 * its own title, meta description and manifest, and the no-JavaScript note. scripts/prerender.tsx
 * writes these after `vite build`; tests render them from the source index.html.
 */
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { CONTACTS } from '../machines';
import { App } from '../src/App';
import { ALL_LANGUAGES } from '../src/allLanguages';
import { createI18n, LANGUAGE_INFO, type Language } from '../src/i18n';
import { LANGUAGE_PATHS } from '../src/urlParams';

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

export function prerenderPage(template: string, language: Language): string {
  if (!template.includes('<div id="root"></div>'))
    throw new Error('the template has no empty root');
  const i18n = createI18n(language, ALL_LANGUAGES);
  const body = renderToString(
    <I18nextProvider i18n={i18n}>
      <App page="flow" />
    </I18nextProvider>,
  );
  const title = `${i18n.t('question.situation.title')} – ${i18n.t('appName')}`;
  const noscript = i18n.t('start.noscript', { phone: CONTACTS['social-crisis-duty'].phone });
  const path = LANGUAGE_PATHS[language];
  return (
    template
      .replace('<html lang="fi">', `<html lang="${LANGUAGE_INFO[language].htmlLang}">`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
      // The description spans several lines in index.html: match across them.
      .replace(
        /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
        `<meta name="description" content="${escapeHtml(i18n.t('meta.description'))}" />`,
      )
      .replace(
        /<link rel="manifest" href="\/manifest\.webmanifest"\s*\/?>/,
        `<link rel="manifest" href="${path}manifest.webmanifest">`,
      )
      .replace(
        '<div id="root"></div>',
        `<noscript><p class="noscript">${escapeHtml(noscript)}</p></noscript>` +
          `<div id="root" data-prerendered="${language}">${body}</div>`,
      )
  );
}

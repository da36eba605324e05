/**
 * One prerendered page: the built index.html (or embed.html) with the page of a language rendered
 * into it, its own title, meta description and manifest, the no-JavaScript note, and the first
 * screen's texts as data, so that the app starts without fetching any. scripts/build/prerender.tsx
 * writes these after `vite build`; tests render them from the source index.html.
 */
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { CONTACTS } from '../../machines';
import { App } from '../../src/app/App';
import { ALL_LANGUAGES } from '../../src/i18n/allLanguages';
import { firstLoadTexts, TEXTS_ELEMENT_ID } from '../../src/i18n/firstLoadTexts';
import { createI18n, LANGUAGE_INFO, type Language } from '../../src/i18n/i18n';

export type PageKind = 'start' | 'embed';

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** JSON that cannot end its script element or open a comment inside it. */
const jsonInHtml = (value: unknown) =>
  JSON.stringify(value).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e');

export function prerenderPage(template: string, language: Language, kind: PageKind = 'start') {
  if (!template.includes('<div id="root"></div>'))
    throw new Error('the template has no empty root');
  const i18n = createI18n(language, ALL_LANGUAGES);
  const body = renderToString(
    <I18nextProvider i18n={i18n}>
      {kind === 'embed' ? <App page="flow" embed={{ showLanguages: true }} /> : <App page="flow" />}
    </I18nextProvider>,
  );
  const title = `${i18n.t('question.situation.title')} – ${i18n.t('appName')}`;
  const noscript = i18n.t('start.noscript', { phone: CONTACTS['social-crisis-duty'].phone });
  const texts = firstLoadTexts(
    (ALL_LANGUAGES[language] as { common: Record<string, unknown> }).common,
  );
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
        '<div id="root"></div>',
        `<noscript><p class="noscript">${escapeHtml(noscript)}</p></noscript>` +
          `<div id="root" data-prerendered="${language}">${body}</div>` +
          `<script type="application/json" id="${TEXTS_ELEMENT_ID}" data-lang="${language}">` +
          `${jsonInHtml(texts)}</script>`,
      )
  );
}

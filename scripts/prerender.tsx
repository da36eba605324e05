/**
 * After `vite build`: writes the start page of each language as real HTML (dist/index.html,
 * dist/sv/index.html, dist/en/index.html), so that 112, the service's number and what it handles
 * are readable before and without JavaScript. The browser then hydrates it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { CONTACTS } from '../machines/rules';
import { App } from '../src/App';
import { ALL_LANGUAGES } from '../src/allLanguages';
import { createI18n, LANGUAGES } from '../src/i18n';
import { LANGUAGE_PATHS } from '../src/urlParams';

// The build's output folder (vite.config.ts passes it); dist/ by default.
const dist = process.argv[2]
  ? pathToFileURL(`${process.argv[2].replace(/\/$/, '')}/`)
  : new URL('../dist/', import.meta.url);
const template = readFileSync(new URL('index.html', dist), 'utf8');
if (!template.includes('<div id="root"></div>'))
  throw new Error('dist/index.html has no empty root');

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

for (const language of LANGUAGES) {
  const i18n = createI18n(language, ALL_LANGUAGES);
  const body = renderToString(
    <I18nextProvider i18n={i18n}>
      <App page="flow" />
    </I18nextProvider>,
  );
  const title = `${i18n.t('question.situation.title')} – ${i18n.t('appName')}`;
  const noscript = i18n.t('start.noscript', { phone: CONTACTS['social-crisis-duty'].phone });
  const html = template
    .replace('<html lang="fi">', `<html lang="${language}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace(
      /<meta name="description" content="[^"]*" \/>/,
      `<meta name="description" content="${escapeHtml(i18n.t('intro'))}" />`,
    )
    .replace(
      '<div id="root"></div>',
      `<noscript><p class="noscript">${escapeHtml(noscript)}</p></noscript>` +
        `<div id="root" data-prerendered="${language}">${body}</div>`,
    );
  const dir = new URL(`.${LANGUAGE_PATHS[language]}`, dist);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL('index.html', dir), html);
  console.log(`prerendered ${LANGUAGE_PATHS[language]}index.html`);
}

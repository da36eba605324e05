/**
 * After `vite build`: writes the start page of each language as real HTML (dist/index.html,
 * dist/sv/index.html, dist/en/index.html, dist/selko/index.html), so that 112, the service's number and what it handles
 * are readable before and without JavaScript, and a web app manifest in each language beside each
 * of the other pages. The browser then hydrates the page.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ALL_LANGUAGES } from '../src/allLanguages';
import { LANGUAGES } from '../src/i18n';
import { LANGUAGE_PATHS } from '../src/urlParams';
import { webManifest, type ManifestTexts } from '../src/webManifest';
import { prerenderPage } from './prerenderPage';

// The build's output folder (vite.config.ts passes it); dist/ by default.
const dist = process.argv[2]
  ? pathToFileURL(`${process.argv[2].replace(/\/$/, '')}/`)
  : new URL('../dist/', import.meta.url);
const template = readFileSync(new URL('index.html', dist), 'utf8');

for (const language of LANGUAGES) {
  const dir = new URL(`.${LANGUAGE_PATHS[language]}`, dist);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL('index.html', dir), prerenderPage(template, language));
  if (language !== 'fi') {
    const texts = (ALL_LANGUAGES[language] as unknown as { common: ManifestTexts }).common;
    const manifest = webManifest(language, texts, LANGUAGE_PATHS[language]);
    writeFileSync(new URL('manifest.webmanifest', dir), JSON.stringify(manifest));
  }
  console.log(`prerendered ${LANGUAGE_PATHS[language]}index.html`);
}

/**
 * After `vite build`: writes the start page and the embed page of each language as real HTML
 * (dist/index.html, dist/embed.html, dist/sv/index.html, dist/sv/embed.html, …), so that 112,
 * the service's number and what it handles are readable before and without JavaScript, with
 * nothing else on the way to the first paint (scripts/build/criticalPath.ts); a web app manifest in
 * each language beside its start page; and the inline code's hashes into the nginx site file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ALL_LANGUAGES } from '../../src/i18n/allLanguages';
import { embedPath, LANGUAGES, languagePath } from '../../src/i18n/languages';
import { webManifest, type ManifestTexts } from '../../src/serviceWorker/webManifest';
import { writeHashes } from './cspHashes';
import { inlineHashes, offCriticalPath } from './criticalPath';
import { prerenderPage, type PageKind } from './prerenderPage';

// The build's output folder (vite.config.ts passes it); dist/ by default.
const dist = process.argv[2]
  ? pathToFileURL(`${process.argv[2].replace(/\/$/, '')}/`)
  : new URL('../../dist/', import.meta.url);
const read = (path: string) => readFileSync(new URL(`.${path}`, dist), 'utf8');
const templates: Record<PageKind, string> = {
  start: read('/index.html'),
  embed: read('/embed.html'),
};

const scripts: string[] = [];
const styles: string[] = [];
for (const language of LANGUAGES) {
  const dir = languagePath(language);
  mkdirSync(new URL(`.${dir}`, dist), { recursive: true });
  for (const [kind, path] of [
    ['start', `${dir}index.html`],
    ['embed', embedPath(language)],
  ] as const) {
    const html = offCriticalPath(prerenderPage(templates[kind], language, kind), read);
    const hashes = inlineHashes(html);
    scripts.push(...hashes.scripts);
    styles.push(...hashes.styles);
    writeFileSync(new URL(`.${path}`, dist), html);
    console.log(`prerendered ${path}`);
  }
  if (language !== 'fi') {
    const texts = (ALL_LANGUAGES[language] as unknown as { common: ManifestTexts }).common;
    writeFileSync(
      new URL(`.${dir}manifest.webmanifest`, dist),
      JSON.stringify(webManifest(language, texts, dir)),
    );
  }
}
writeHashes(scripts, styles);

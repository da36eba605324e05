/**
 * The citizen page's entry: only what is needed to know the page and the language; the rest is
 * loaded in stages (startInStages.ts), each evaluated in a short task of its own.
 */
import { reloadOnMissingChunk } from '../update/reloadOnMissingChunk';
import { loadCode, loadTexts } from './startInStages';
import { readPageParams } from './urlParams';
import '../styles.css';

reloadOnMissingChunk();
const { language, page, warnings } = readPageParams(
  window.location.search,
  window.location.pathname,
);
for (const warning of warnings) console.warn(`Kenelle soitan: ${warning}`);

await loadCode();
const i18n = await loadTexts(language);
const { startCitizenPage } = await import('./citizenPage');
startCitizenPage(i18n, language, page);

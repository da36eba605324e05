/**
 * The embed page's entry: the code is loaded in stages (src/app/startInStages.ts), each
 * evaluated in a short task of its own; the parameters are read once the routing core is there.
 */
import { loadCode, loadTexts } from '../../app/startInStages';
import { reloadOnMissingChunk } from '../../update/reloadOnMissingChunk';
import '../../styles.css';

reloadOnMissingChunk();
await loadCode();
const { readEmbedParams } = await import('./embedParams');
const params = readEmbedParams(window.location.search, window.location.pathname);
for (const warning of params.warnings) console.warn(`Kenelle soitan embed: ${warning}`);
const i18n = await loadTexts(params.language);
const { startEmbedPage } = await import('./embedPage');
startEmbedPage(i18n, params);

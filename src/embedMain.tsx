import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { readEmbedParams } from './embed/embedParams';
import { reportHeight } from './embed/reportHeight';
import { createBrowserI18n } from './i18n';
import './styles.css';

const params = readEmbedParams(window.location.search);
for (const warning of params.warnings) console.warn(`Kenelle soitan embed: ${warning}`);

const root = document.getElementById('root');
const i18n = await createBrowserI18n(params.language);
// The page's description in its own language (index.html and embed.html carry the Finnish one).
document
  .querySelector('meta[name="description"]')
  ?.setAttribute('content', i18n.t('meta.description'));
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App
          page="flow"
          presets={params.municipality ? { municipality: params.municipality } : {}}
          embed={{ showLanguages: params.showLanguages }}
        />
      </I18nextProvider>
    </StrictMode>,
  );
  if (params.id) reportHeight(root, params.id, params.parentOrigin);
}

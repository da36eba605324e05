import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { createI18n } from './i18n';
import { readPageParams } from './urlParams';
import './styles.css';

const { language, page, warnings } = readPageParams(window.location.search);
for (const warning of warnings) console.warn(`Kenelle soitan: ${warning}`);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={createI18n(language)}>
        <App page={page} />
      </I18nextProvider>
    </StrictMode>,
  );
}

import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../src/App';
import { ALL_LANGUAGES } from '../../src/allLanguages';
import { createI18n, type Language } from '../../src/i18n';
import type { Page } from '../../src/urlParams';
import type { Answers } from '../../machines/rules';

export function renderApp(options: { language?: Language; page?: Page; presets?: Answers } = {}) {
  const i18n = createI18n(options.language ?? 'fi', ALL_LANGUAGES);
  return render(
    <I18nextProvider i18n={i18n}>
      <App page={options.page ?? 'flow'} presets={options.presets} />
    </I18nextProvider>,
  );
}

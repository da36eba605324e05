import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../src/app/App';
import { PressLockContext } from '../../src/citizen/usePressGuard';
import { ALL_LANGUAGES } from '../../src/i18n/allLanguages';
import { createI18n, type Language } from '../../src/i18n/i18n';
import type { Page } from '../../src/app/urlParams';
import type { Answers } from '../../machines/rules';

/**
 * Renders the app as the browser does. The double-tap lock (usePressGuard) is off unless a test
 * asks for it: these tests press at machine speed; the lock has tests of its own.
 */
export function renderApp(
  options: { language?: Language; page?: Page; presets?: Answers; pressLockMs?: number } = {},
) {
  const i18n = createI18n(options.language ?? 'fi', ALL_LANGUAGES);
  return render(
    <I18nextProvider i18n={i18n}>
      <PressLockContext.Provider value={options.pressLockMs ?? 0}>
        <App page={options.page ?? 'flow'} presets={options.presets} />
      </PressLockContext.Provider>
    </I18nextProvider>,
  );
}

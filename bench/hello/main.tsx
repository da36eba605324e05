// The floor of the performance budget: a hello world of the same stack (React, XState,
// react-i18next), built by the same Vite in the same run. Not part of the app.
import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { createActor, createMachine } from 'xstate';

const toggle = createMachine({
  initial: 'off',
  states: { off: { on: { toggle: 'on' } }, on: { on: { toggle: 'off' } } },
});

// The app drives its actors without @xstate/react, so the floor does too.
const actor = createActor(toggle).start();
const subscribe = (onChange: () => void) => {
  const subscription = actor.subscribe(onChange);
  return () => {
    subscription.unsubscribe();
  };
};

void i18next.use(initReactI18next).init({
  lng: 'en',
  resources: { en: { common: { appName: 'Hello' } } },
  defaultNS: 'common',
  initAsync: false,
});

function Hello() {
  const { t } = useTranslation();
  const state = useSyncExternalStore(subscribe, () => actor.getSnapshot());
  return (
    <button
      type="button"
      onClick={() => {
        actor.send({ type: 'toggle' });
      }}
    >
      {t('appName')} {state.matches('on') ? 'on' : 'off'}
    </button>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18next}>
        <Hello />
      </I18nextProvider>
    </StrictMode>,
  );
}

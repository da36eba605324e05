/**
 * Languages and the i18next set-up. The browser has only the language in use: the first screen's
 * texts come with the page (src/i18n/firstLoadTexts.ts), the rest when a text page or the staff view
 * opens, and another language when the reader switches. Tests and the prerender pass all of them
 * in (allLanguages.ts).
 */
import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type fi from '../../locales/fi/common.json';
import { factVariables } from '../../machines';
import { isWhole, TEXTS_ELEMENT_ID } from './firstLoadTexts';
import type { Language } from './languages';

export { LANGUAGE_INFO, LANGUAGES, STAFF_LANGUAGES, type Language } from './languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof fi };
  }
}

/** An i18next instance with the given texts, ready at once (no async init). */
export function createI18n(language: Language, resources: Resource): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    // Every language has every key (tests/locales): nothing falls back to another language.
    fallbackLng: false,
    defaultNS: 'common',
    // Phone numbers and hours come from machines/rules.ts, never typed into the texts.
    interpolation: { escapeValue: false, defaultVariables: factVariables() },
    initAsync: false,
  });
  return instance;
}

const LOADERS: Record<Language, () => Promise<{ default: object }>> = {
  fi: () => import('../../locales/fi/common.json'),
  sv: () => import('../../locales/sv/common.json'),
  en: () => import('../../locales/en/common.json'),
  selko: () => import('../../locales/selko/common.json'),
};

/** Whether the language's texts are all there, so that a page can show without waiting. */
export function hasAllTexts(i18n: I18n, language: Language): boolean {
  const bundle = i18n.getResourceBundle(language, 'common') as object | undefined;
  return bundle !== undefined && isWhole(bundle);
}

// By language: the browser has one instance (the object a component gets from useTranslation
// is not always the one created here, so nothing is keyed by it).
const fetching = new Map<Language, Promise<void>>();

/** Makes sure all the texts of a language are there, fetching its file (once) when they are not. */
export function ensureAllTexts(i18n: I18n, language: Language): Promise<void> {
  if (hasAllTexts(i18n, language)) return Promise.resolve();
  let promise = fetching.get(language);
  if (!promise) {
    promise = LOADERS[language]().then((texts) => {
      i18n.addResourceBundle(language, 'common', texts.default, true, true);
    });
    fetching.set(language, promise);
  }
  return promise;
}

/** The first-screen texts that the prerendered page carries, when they are in this language. */
function textsInPage(language: Language): object | null {
  const element = document.getElementById(TEXTS_ELEMENT_ID);
  if (element?.dataset.lang !== language || !element.textContent) return null;
  return JSON.parse(element.textContent) as object;
}

/** The browser's instance: only the language in use, from the page when it carries it. */
export async function createBrowserI18n(language: Language): Promise<I18n> {
  const inPage = textsInPage(language);
  const texts = inPage ?? (await LOADERS[language]()).default;
  return createI18n(language, { [language]: { common: texts } });
}

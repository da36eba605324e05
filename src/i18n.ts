/**
 * Languages and the i18next set-up. The browser loads only the language in use (the others are
 * fetched when the reader switches); tests and the prerender pass all of them in (allLanguages.ts).
 */
import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type fi from '../locales/fi/common.json';
import { factVariables } from '../machines';
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
    fallbackLng: 'fi',
    defaultNS: 'common',
    // Phone numbers and hours come from machines/rules.ts, never typed into the texts.
    interpolation: { escapeValue: false, defaultVariables: factVariables() },
    initAsync: false,
  });
  return instance;
}

const LOADERS: Record<Language, () => Promise<{ default: object }>> = {
  fi: () => import('../locales/fi/common.json'),
  sv: () => import('../locales/sv/common.json'),
  en: () => import('../locales/en/common.json'),
  selko: () => import('../locales/selko/common.json'),
};

/** Makes sure the texts of a language are there, fetching them when they are not. */
export async function ensureLanguage(i18n: I18n, language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'common')) return;
  const texts = await LOADERS[language]();
  i18n.addResourceBundle(language, 'common', texts.default);
}

/** The browser's instance: only the language in use, and Finnish as the fallback. */
export async function createBrowserI18n(language: Language): Promise<I18n> {
  const wanted = [...new Set<Language>([language, 'fi'])];
  const texts = await Promise.all(wanted.map((l) => LOADERS[l]()));
  const resources: Resource = Object.fromEntries(
    wanted.map((l, i) => [l, { common: texts[i]?.default ?? {} }]),
  );
  return createI18n(language, resources);
}

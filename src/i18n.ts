import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import fi from '../locales/fi/common.json';
import sv from '../locales/sv/common.json';
import en from '../locales/en/common.json';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const resources = {
  fi: { common: fi },
  sv: { common: sv },
  en: { common: en },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['fi'];
  }
}

export function createI18n(language: Language) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'fi',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

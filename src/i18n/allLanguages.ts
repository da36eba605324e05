/** Every language's texts at once: for tests and the build-time prerender, not for the browser. */
import type { Resource } from 'i18next';
import en from '../../locales/en/common.json';
import fi from '../../locales/fi/common.json';
import selko from '../../locales/selko/common.json';
import sv from '../../locales/sv/common.json';

export const ALL_LANGUAGES: Resource = {
  fi: { common: fi },
  sv: { common: sv },
  en: { common: en },
  selko: { common: selko },
};

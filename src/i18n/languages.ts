/**
 * The one list of the app's languages and where each one's pages live. The build prerenders a
 * start page and an embed page for every language here (scripts/build/prerender.tsx), the loader
 * points partners' frames at them, and the server needs no change for a new one. No imports:
 * the partner's loader (embed.js) uses this too.
 */
export const LANGUAGES = ['fi', 'sv', 'en', 'selko'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * What each language is to the browser and to Intl: Selkosuomi (easy-to-read Finnish) is Finnish
 * to both, and it covers the citizen pages only; the staff view and the embedding guide are
 * offered in the three standard languages, and a Selkosuomi page links to their Finnish version.
 */
export const LANGUAGE_INFO: Record<
  Language,
  { htmlLang: string; locale: string; path: string; staffPages: Language }
> = {
  fi: { htmlLang: 'fi', locale: 'fi-FI', path: '/', staffPages: 'fi' },
  sv: { htmlLang: 'sv', locale: 'sv-FI', path: '/sv/', staffPages: 'sv' },
  en: { htmlLang: 'en', locale: 'en-GB', path: '/en/', staffPages: 'en' },
  selko: { htmlLang: 'fi', locale: 'fi-FI', path: '/selko/', staffPages: 'fi' },
};

/** The languages the staff view and the embedding guide are written in. */
export const STAFF_LANGUAGES = LANGUAGES.filter((l) => LANGUAGE_INFO[l].staffPages === l);

/** Finnish is the default and lives at the root; every other language in a folder of its own. */
export const languagePath = (language: Language): string => LANGUAGE_INFO[language].path;

/** The embed page that partners frame, prerendered in each language. */
export const embedPath = (language: Language): string => `${languagePath(language)}embed.html`;

export const isLanguage = (value: string | null | undefined): value is Language =>
  (LANGUAGES as readonly (string | null | undefined)[]).includes(value);

/** The language of a path (/sv/, /en/embed.html), or null for the root's Finnish. */
export const languageOfPath = (pathname: string): Language | null =>
  LANGUAGES.find((l) => l !== 'fi' && pathname.startsWith(languagePath(l))) ?? null;

/** i18next's current language as one of ours (Finnish if it ever holds anything else). */
export const languageOf = (value: string): Language => (isLanguage(value) ? value : 'fi');

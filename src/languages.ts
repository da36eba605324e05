/**
 * The one list of the app's languages and where each one's pages live. The build prerenders a
 * start page and an embed page for every language here (scripts/prerender.tsx), the loader
 * points partners' frames at them, and the server needs no change for a new one. No imports:
 * the partner's loader (embed.js) uses this too.
 */
export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Finnish is the default and lives at the root; every other language in a folder of its id. */
export const languagePath = (language: Language): string =>
  language === 'fi' ? '/' : `/${language}/`;

/** The embed page that partners frame, prerendered in each language. */
export const embedPath = (language: Language): string => `${languagePath(language)}embed.html`;

export const isLanguage = (value: string | null | undefined): value is Language =>
  (LANGUAGES as readonly (string | null | undefined)[]).includes(value);

/** The language of a path (/sv/, /en/embed.html), or null for the root's Finnish. */
export const languageOfPath = (pathname: string): Language | null =>
  LANGUAGES.find((l) => l !== 'fi' && pathname.startsWith(languagePath(l))) ?? null;

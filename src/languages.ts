/** The UI languages, in the switcher's order, and what each is to the browser and to Intl. */
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

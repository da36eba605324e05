/** Reading the page's own URL: bad values fall back to a safe default, with a warning. */
import {
  LANGUAGE_INFO,
  LANGUAGES,
  languageOfPath,
  languagePath,
  type Language,
} from '../i18n/languages';
import { oneOf, readParamOrWarn } from './queryParam';

export const PAGES = ['safety', 'accessibility', 'staff', 'embed'] as const;
export type Page = (typeof PAGES)[number] | 'flow';

export interface PageParams {
  language: Language;
  page: Page;
  warnings: string[];
}

/** `?lang=` wins; otherwise the language of the path (/sv/, /en/, /selko/); otherwise Finnish. */
// Stryker disable next-line StringLiteral: an empty path names no language either
export function readPageParams(search: string, pathname = '/'): PageParams {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const language =
    readParamOrWarn(params, 'lang', oneOf(LANGUAGES), LANGUAGES.join(', '), warnings) ??
    languageOfPath(pathname) ??
    'fi';
  const page = readParamOrWarn(params, 'page', oneOf(PAGES), PAGES.join(', '), warnings) ?? 'flow';
  return { language, page, warnings };
}

/**
 * The same page with another parameter value (or without it); keeps the rest of the query. With
 * no query left, the page's path (or `empty`).
 */
export function withParam(
  search: string,
  name: string,
  value: string | null,
  empty = window.location.pathname,
): string {
  const params = new URLSearchParams(search);
  if (value === null) params.delete(name);
  else params.set(name, value);
  const query = params.toString();
  return query ? `?${query}` : empty;
}

/** A link to one of the app's pages in a language, safe to render on the server too. */
export function pageHref(page: Page, language: Language): string {
  if (page === 'flow') return languagePath(language);
  const shown =
    page === 'staff' || page === 'embed' ? LANGUAGE_INFO[language].staffPages : language;
  return `/?page=${page}${shown === 'fi' ? '' : `&lang=${shown}`}`;
}

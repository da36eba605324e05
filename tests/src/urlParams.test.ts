// @vitest-environment jsdom
/** The page's own URL (src/app/urlParams.ts): language, page, links. */
import { afterEach, describe, expect, it } from 'vitest';
import { PAGES, pageHref, readPageParams, withParam } from '../../src/app/urlParams';
import { LANGUAGES, languagePath } from '../../src/i18n/languages';

describe('readPageParams', () => {
  it.each([
    ['', '/', 'fi', 'flow'],
    ['?lang=sv', '/', 'sv', 'flow'],
    ['?lang=en&page=staff', '/', 'en', 'staff'],
    ['', '/sv/', 'sv', 'flow'],
    ['', '/en/', 'en', 'flow'],
    ['?page=safety', '/en/', 'en', 'safety'],
    ['?lang=fi', '/sv/', 'fi', 'flow'],
    ['', '/sv', 'fi', 'flow'],
    ['', '/sv/index.html', 'sv', 'flow'],
    ['', '/page/sv/', 'fi', 'flow'],
    ['', '/svenska/', 'fi', 'flow'],
    ['?page=accessibility', '/', 'fi', 'accessibility'],
    ['?page=embed', '/', 'fi', 'embed'],
  ])('%j on %s is %s, %s, without warnings', (search, path, language, page) => {
    expect(readPageParams(search, path)).toEqual({ language, page, warnings: [] });
  });

  it('reads the root when no path is given', () => {
    expect(readPageParams('')).toEqual({ language: 'fi', page: 'flow', warnings: [] });
  });

  it('falls back and warns, naming the allowed values', () => {
    expect(readPageParams('?lang=de&page=admin', '/en/')).toEqual({
      language: 'en',
      page: 'flow',
      warnings: [
        'ignored lang="de"; allowed: fi, sv, en, selko',
        'ignored page="admin"; allowed: safety, accessibility, staff, embed',
      ],
    });
    expect(readPageParams('?page=flow').warnings).toEqual([
      'ignored page="flow"; allowed: safety, accessibility, staff, embed',
    ]);
  });
});

describe('links', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('lists the pages and the language roots', () => {
    expect(PAGES).toEqual(['safety', 'accessibility', 'staff', 'embed']);
    expect(Object.fromEntries(LANGUAGES.map((l) => [l, languagePath(l)]))).toEqual({
      fi: '/',
      sv: '/sv/',
      en: '/en/',
      selko: '/selko/',
    });
  });

  it.each([
    ['flow', 'fi', '/'],
    ['flow', 'sv', '/sv/'],
    ['flow', 'en', '/en/'],
    ['safety', 'fi', '/?page=safety'],
    ['staff', 'en', '/?page=staff&lang=en'],
    ['accessibility', 'sv', '/?page=accessibility&lang=sv'],
    ['flow', 'selko', '/selko/'],
    ['safety', 'selko', '/?page=safety&lang=selko'],
    // The staff view and the embedding guide are written in standard Finnish only.
    ['staff', 'selko', '/?page=staff'],
    ['embed', 'selko', '/?page=embed'],
  ] as const)('%s in %s is %s', (page, language, href) => {
    expect(pageHref(page, language)).toBe(href);
  });

  it('sets, replaces and removes a parameter, keeping the others', () => {
    expect(withParam('', 'lang', 'sv')).toBe('?lang=sv');
    expect(withParam('?lang=fi&page=staff', 'lang', 'en')).toBe('?lang=en&page=staff');
    expect(withParam('?lang=en&page=staff', 'page', null)).toBe('?lang=en');
  });

  it('gives the bare path when no parameter is left', () => {
    window.history.replaceState(null, '', '/sv/?page=safety');
    expect(withParam('?page=safety', 'page', null)).toBe('/sv/');
  });
});

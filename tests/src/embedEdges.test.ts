/** The embed's parameters and the code a partner pastes, written out by hand. */
import { describe, expect, it } from 'vitest';
import { readEmbedParams } from '../../src/embed/frame/embedParams';
import { HEIGHT_MESSAGE, isHeightMessage, MAX_HEIGHT } from '../../src/embed/messages';
import {
  FIXED_FRAME_HEIGHT,
  FRAME_ALLOW,
  FRAME_REFERRER_POLICY,
  FRAME_SANDBOX,
  INITIAL_FRAME_HEIGHT,
} from '../../src/embed/frameAttributes';
import { embedQuery, hostCsp, iframeSnippet, scriptSnippet } from '../../src/embed/guide/snippets';

const ORIGIN = 'https://kenelle.example.fi';

describe('the code a partner pastes', () => {
  it('the plain iframe, attribute by attribute', () => {
    expect(
      iframeSnippet(
        ORIGIN,
        { language: 'sv', municipality: 'riihimaki', hideLanguages: true },
        'Vem ska jag ringa? "Kanta-Häme" & co',
      ),
    ).toBe(
      [
        '<iframe src="https://kenelle.example.fi/embed.html?lang=sv&amp;municipality=riihimaki&amp;languages=hide"',
        '  title="Vem ska jag ringa? &quot;Kanta-Häme&quot; &amp; co"',
        '  width="100%" height="1200" style="border:0;min-width:280px"',
        '  loading="lazy" referrerpolicy="no-referrer"',
        '  sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation allow-modals"',
        '  allow="clipboard-write"></iframe>',
      ].join('\n'),
    );
  });

  it('the settings the loader uses too', () => {
    expect(FRAME_REFERRER_POLICY).toBe('no-referrer');
    expect(FRAME_ALLOW).toBe('clipboard-write');
    expect(FRAME_SANDBOX.split(' ')).toEqual([
      'allow-scripts',
      'allow-same-origin',
      'allow-forms',
      'allow-popups',
      'allow-popups-to-escape-sandbox',
      'allow-top-navigation-by-user-activation',
      'allow-modals',
    ]);
    expect(FIXED_FRAME_HEIGHT).toBe(1200);
    expect(INITIAL_FRAME_HEIGHT).toBe(640);
  });

  it('the loader tag, with and without options', () => {
    expect(
      scriptSnippet(ORIGIN, { language: 'en', municipality: 'forssa', hideLanguages: true }),
    ).toBe(
      '<script src="https://kenelle.example.fi/embed.js" data-lang="en" data-municipality="forssa" data-languages="hide" async></script>',
    );
    expect(
      scriptSnippet(ORIGIN, { language: 'fi', municipality: null, hideLanguages: false }),
    ).toBe('<script src="https://kenelle.example.fi/embed.js" data-lang="fi" async></script>');
  });

  it('the query and the host’s CSP line', () => {
    expect(embedQuery({ language: 'fi', municipality: null, hideLanguages: false })).toBe(
      'lang=fi',
    );
    expect(hostCsp(ORIGIN)).toBe(
      "Content-Security-Policy: script-src 'self' https://kenelle.example.fi; frame-src https://kenelle.example.fi",
    );
  });
});

describe('height messages, by hand', () => {
  it('accept exactly a type, an id and a height in range', () => {
    expect(HEIGHT_MESSAGE).toBe('kenelle-soitan:height');
    expect(MAX_HEIGHT).toBe(20_000);
    const ok = { type: 'kenelle-soitan:height', id: 'a1', height: 640 };
    expect(isHeightMessage(ok)).toBe(true);
    expect(isHeightMessage({ ...ok, height: 20_000 })).toBe(true);
    expect(isHeightMessage({ ...ok, height: 20_001 })).toBe(false);
    expect(isHeightMessage({ ...ok, height: 0 })).toBe(false);
    expect(isHeightMessage({ ...ok, id: 12 })).toBe(false);
    expect(isHeightMessage({ ...ok, height: '640' })).toBe(false);
    expect(isHeightMessage({ ...ok, extra: 1 })).toBe(false);
  });

  it.each([null, undefined, 'kenelle-soitan:height', 640])('refuse %j', (data) => {
    expect(isHeightMessage(data)).toBe(false);
  });
});

describe('the embed’s parameters', () => {
  it('defaults', () => {
    expect(readEmbedParams('')).toEqual({
      language: 'fi',
      municipality: null,
      showLanguages: true,
      id: null,
      parentOrigin: null,
      warnings: [],
    });
  });

  it('every good value', () => {
    expect(
      readEmbedParams(
        '?lang=en&municipality=outside&languages=show&id=a_B-9&origin=http://localhost:7174',
      ),
    ).toEqual({
      language: 'en',
      municipality: 'outside',
      showLanguages: true,
      id: 'a_B-9',
      parentOrigin: 'http://localhost:7174',
      warnings: [],
    });
    expect(readEmbedParams('?languages=hide&id=' + 'x'.repeat(40)).showLanguages).toBe(false);
    expect(readEmbedParams('?id=' + 'x'.repeat(40)).id).toBe('x'.repeat(40));
  });

  it.each([
    ['lang=de', 'ignored lang="de"; allowed: fi, sv, en, selko'],
    [
      'municipality=espoo',
      'ignored municipality="espoo"; allowed: forssa, hattula, hausjarvi, humppila, hameenlinna, janakkala, jokioinen, loppi, riihimaki, tammela, ypaja, outside',
    ],
    ['languages=yes', 'ignored languages="yes"; allowed: show, hide'],
    [
      `id=${'x'.repeat(41)}`,
      `ignored id="${'x'.repeat(41)}"; allowed: letters, digits, - and _ (at most 40)`,
    ],
    ['id=a.b', 'ignored id="a.b"; allowed: letters, digits, - and _ (at most 40)'],
    ['id=', 'ignored id=""; allowed: letters, digits, - and _ (at most 40)'],
    [
      'origin=https://example.fi/',
      'ignored origin="https://example.fi/"; allowed: an origin such as https://example.fi',
    ],
    [
      'origin=https://example.fi/page',
      'ignored origin="https://example.fi/page"; allowed: an origin such as https://example.fi',
    ],
    [
      'origin=ftp://example.fi',
      'ignored origin="ftp://example.fi"; allowed: an origin such as https://example.fi',
    ],
    ['origin=example', 'ignored origin="example"; allowed: an origin such as https://example.fi'],
    [
      'colour=red',
      'ignored unknown parameter "colour"; known: lang, municipality, languages, id, origin',
    ],
  ])('%s is ignored with a warning naming what is allowed', (query, warning) => {
    const params = readEmbedParams(`?${query}`);
    expect(params.warnings).toEqual([warning]);
    expect(params).toMatchObject({
      language: 'fi',
      municipality: null,
      showLanguages: true,
      id: null,
      parentOrigin: null,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { readEmbedParams } from '../../src/embed/frame/embedParams';
import { isHeightMessage, isLeaveMessage, isStepMessage } from '../../src/embed/messages';
import { iframeSnippet, scriptSnippet } from '../../src/embed/guide/snippets';

describe('height messages', () => {
  it.each([
    [{ type: 'kenelle-soitan:height', id: 'ks-1a2b', height: 812 }, true],
    [{ type: 'kenelle-soitan:height', id: 'ks-1a2b', height: 20000 }, true],
    [{ type: 'kenelle-soitan:height', id: 'ks-1a2b', height: 20001 }, false],
    [{ type: 'kenelle-soitan:height', id: 'ks-1a2b', height: 0 }, false],
    [{ type: 'kenelle-soitan:height', id: 'ks-1a2b', height: -5 }, false],
    [{ type: 'kenelle-soitan:height', id: 'ks-1a2b', height: Number.NaN }, false],
    [{ type: 'kenelle-soitan:height', id: 'ks-1a2b', height: Infinity }, false],
    [{ type: 'kenelle-soitan:height', id: 'ks-1a2b', height: '812' }, false],
    [{ type: 'kenelle-soitan:height', id: '<script>', height: 812 }, false],
    [{ type: 'kenelle-soitan:height', id: 'x'.repeat(41), height: 812 }, false],
    [{ type: 'kenelle-soitan:height', height: 812 }, false],
    [{ type: 'resize', id: 'ks-1a2b', height: 812 }, false],
    [{ type: 'kenelle-soitan:height', id: 'ks-1a2b', height: 812, html: '<b>' }, false],
    ['kenelle-soitan:height', false],
    [null, false],
    [[812], false],
  ])('%j is accepted: %s', (data, accepted) => {
    expect(isHeightMessage(data)).toBe(accepted);
  });
});

describe('requests to leave (the quick exit inside a frame)', () => {
  it.each([
    [{ type: 'kenelle-soitan:leave', id: 'ks-1a2b' }, true],
    [{ type: 'kenelle-soitan:leave', id: 'ks-1a2b', url: 'https://evil.example' }, false],
    [{ type: 'kenelle-soitan:leave' }, false],
    [{ type: 'kenelle-soitan:leave', id: '<script>' }, false],
    [{ type: 'kenelle-soitan:height', id: 'ks-1a2b' }, false],
    [{ type: 'kenelle-soitan:height', id: 'ks-1a2b', height: 812 }, false],
    ['kenelle-soitan:leave', false],
    [null, false],
  ])('%j is accepted: %s', (data, accepted) => {
    expect(isLeaveMessage(data)).toBe(accepted);
  });

  it.each([
    [{ type: 'kenelle-soitan:step', id: 'ks-1a2b' }, true],
    [{ type: 'kenelle-soitan:step', id: 'ks-1a2b', question: 'situation' }, false],
    [{ type: 'kenelle-soitan:step' }, false],
    [{ type: 'kenelle-soitan:leave', id: 'ks-1a2b' }, false],
  ])('%j is a step message: %s', (data, accepted) => {
    expect(isStepMessage(data)).toBe(accepted);
  });

  it('a height message is never taken for a request to leave, nor the other way round', () => {
    expect(isHeightMessage({ type: 'kenelle-soitan:leave', id: 'ks-1', height: 1 })).toBe(false);
  });
});

describe('embed parameters', () => {
  it('reads good values', () => {
    expect(
      readEmbedParams(
        '?lang=sv&municipality=jokioinen&languages=hide&id=ks-01&origin=https%3A%2F%2Fwww.forssa.fi',
      ),
    ).toEqual({
      language: 'sv',
      municipality: 'jokioinen',
      showLanguages: false,
      id: 'ks-01',
      parentOrigin: 'https://www.forssa.fi',
      warnings: [],
    });
  });

  it('defaults to Finnish, asking the municipality, with the language switcher', () => {
    expect(readEmbedParams('')).toMatchObject({
      language: 'fi',
      municipality: null,
      showLanguages: true,
      id: null,
      parentOrigin: null,
    });
  });

  it.each([
    ['?lang=de', 'ignored lang="de"; allowed: fi, sv, en'],
    ['?municipality=helsinki', 'ignored municipality="helsinki"; allowed: forssa, hattula'],
    ['?municipality=FORSSA', 'ignored municipality="FORSSA"'],
    ['?languages=no', 'ignored languages="no"; allowed: show, hide'],
    ['?id=%3Cimg%3E', 'ignored id="<img>"'],
    ['?origin=javascript%3Aalert(1)', 'ignored origin="javascript:alert(1)"'],
    ['?origin=https%3A%2F%2Fa.fi%2Fpath', 'ignored origin="https://a.fi/path"'],
    ['?colour=red', 'ignored unknown parameter "colour"'],
  ])('%s is ignored with a warning naming the value and the allowed ones', (search, warning) => {
    const params = readEmbedParams(search);
    expect(params.warnings.join('\n')).toContain(warning);
    expect(params).toMatchObject({ language: 'fi', municipality: null, showLanguages: true });
  });
});

describe('snippets', () => {
  const options = { language: 'en' as const, municipality: 'forssa' as const, hideLanguages: true };

  it('writes the loader tag with the chosen options', () => {
    expect(scriptSnippet('https://guide.example', options)).toBe(
      '<script src="https://guide.example/embed.js" data-lang="en" data-municipality="forssa" data-languages="hide" async></script>',
    );
  });

  it('writes a plain iframe with a fixed height and the same sandbox', () => {
    const html = iframeSnippet('https://guide.example', options, 'A "title"');
    expect(html).toContain(
      'src="https://guide.example/embed.html?lang=en&amp;municipality=forssa&amp;languages=hide"',
    );
    expect(html).toContain('title="A &quot;title&quot;"');
    expect(html).toContain('height="1200"');
    expect(html).toContain('sandbox="allow-scripts allow-same-origin allow-forms');
  });
});

import { describe, expect, it } from 'vitest';
import { cacheNameOf, pagesOf, responseFits } from '../../src/serviceWorker/precachePolicy';

const response = (type: string | null, status = 200) =>
  new Response(status === 204 || status === 304 ? null : 'body', {
    status,
    headers: type ? { 'content-type': type } : {},
  });

describe('what the service worker stores', () => {
  it.each([
    ['/assets/main-abc.js', 'application/javascript; charset=utf-8'],
    ['/assets/main-abc.js', 'text/javascript'],
    ['/assets/styles-abc.css', 'text/css'],
    ['/index.html', 'text/html; charset=utf-8'],
    ['/sv/index.html', 'text/html'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/manifest.webmanifest', 'application/manifest+json'],
  ])('%s as %s', (path, type) => {
    expect(responseFits(path, response(type))).toBe(true);
  });

  it.each([
    // The poisoning: a host's start page answering for a missing script, with status 200.
    ['/assets/main-abc.js', 'text/html; charset=utf-8', 200],
    ['/assets/styles-abc.css', 'text/html', 200],
    ['/assets/main-abc.js', 'text/plain', 200],
    ['/assets/main-abc.js', null, 200],
    ['/index.html', 'application/javascript', 200],
    ['/assets/main-abc.js', 'application/javascript', 404],
    ['/assets/main-abc.js', 'application/javascript', 206],
    ['/robots.txt', 'text/plain', 200],
  ])('never %s as %s with status %s', (path, type, status) => {
    expect(responseFits(path, response(type, status))).toBe(false);
  });
});

describe('which stored page answers a navigation', () => {
  const entries = [
    { url: 'index.html', revision: '1' },
    { url: 'sv/index.html', revision: '2' },
    { url: 'en/index.html', revision: '3' },
    { url: 'embed.html', revision: '4' },
    { url: 'assets/main-abc.js', revision: null },
  ];

  it('each page as itself, the embed included; nothing else', () => {
    expect(Object.fromEntries(pagesOf(entries))).toEqual({
      '/index.html': '/index.html',
      '/': '/index.html',
      '/sv/index.html': '/sv/index.html',
      '/sv/': '/sv/index.html',
      '/en/index.html': '/en/index.html',
      '/en/': '/en/index.html',
      '/embed.html': '/embed.html',
    });
  });

  it('gives each build a cache of its own', () => {
    const changed = entries.map((e) => (e.url === 'embed.html' ? { ...e, revision: '5' } : e));
    expect(cacheNameOf(entries)).toMatch(/^kenelle-soitan-[0-9a-f]{8}$/);
    expect(cacheNameOf(entries)).toBe(cacheNameOf([...entries]));
    expect(cacheNameOf(changed)).not.toBe(cacheNameOf(entries));
  });
});

/**
 * What the service worker stores and which stored page answers a navigation. Pure functions, so
 * that unit tests can check them without a browser.
 */

export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** The content types a file of each kind may have; anything else is not stored. */
const TYPES: [path: RegExp, type: RegExp][] = [
  [/\.m?js$/, /^(application|text)\/javascript\b/],
  [/\.css$/, /^text\/css\b/],
  [/\.html$/, /^text\/html\b/],
  [/\.svg$/, /^image\/svg\+xml\b/],
  [/\.(webmanifest|json)$/, /^application\/(manifest\+)?json\b/],
];

/**
 * Whether a response may be stored for a path: a plain 200 whose type fits the file. A host that
 * answers a missing script with its start page (HTML, status 200) would otherwise leave that page
 * stored under the script's address, and the app dead until site data is cleared.
 */
export function responseFits(pathname: string, response: Response): boolean {
  if (response.status !== 200 || response.redirected || response.type === 'opaque') return false;
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  const rule = TYPES.find(([path]) => path.test(pathname));
  return rule !== undefined && rule[1].test(type);
}

/**
 * The app's pages by the paths a browser navigates to: `/` and `/index.html` are the start page,
 * `/sv/` its Swedish page, `/embed.html` the embed. The query never chooses the page, so
 * `/embed.html?lang=sv&municipality=forssa` is the embed, as it is on the server.
 */
export function pagesOf(entries: readonly PrecacheEntry[]): Map<string, string> {
  const pages = new Map<string, string>();
  for (const { url } of entries) {
    const path = `/${url.replace(/^\//, '')}`;
    if (!path.endsWith('.html')) continue;
    pages.set(path, path);
    if (path.endsWith('/index.html')) pages.set(path.slice(0, -'index.html'.length), path);
  }
  return pages;
}

/** A cache name for one build: a new build never mixes its files with an older one's. */
export function cacheNameOf(entries: readonly PrecacheEntry[]): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(entries)) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `kenelle-soitan-${hash.toString(16).padStart(8, '0')}`;
}

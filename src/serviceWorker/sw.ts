/**
 * The service worker (built by vite-plugin-pwa's injectManifest, which fills in the file list).
 *
 * - Install stores every file of this build in a cache of its own, and only responses whose type
 *   fits the file: when the host answers a script with HTML or a 404 (a deploy half done), install
 *   fails and the previous version keeps serving; the next good deploy installs cleanly.
 * - Activate deletes every other cache, so a broken state left by an older worker is gone too.
 * - A navigation to one of the app's pages is answered with that page from the cache, whatever
 *   its query; any other address goes to the network (no catch-all page).
 * - A new version waits until the page asks for it (`take-update`, at the next step of the flow
 *   or the next start), never while someone is reading an outcome.
 */
import { cacheNameOf, pagesOf, responseFits, type PrecacheEntry } from './precachePolicy';

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  __WB_MANIFEST: PrecacheEntry[];
}
declare const self: WorkerScope;

const ENTRIES = self.__WB_MANIFEST;
const CACHE = cacheNameOf(ENTRIES);
const origin = self.location.origin;
const FILES = new Set(ENTRIES.map((entry) => new URL(entry.url, `${origin}/`).href));
const PAGES = pagesOf(ENTRIES);

async function storeAll(): Promise<void> {
  const cache = await caches.open(CACHE);
  await Promise.all(
    [...FILES].map(async (url) => {
      // Stored by an earlier, interrupted install of this same build (and checked then).
      if (await cache.match(url)) return;
      const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
      const { pathname } = new URL(url);
      if (!responseFits(pathname, response)) {
        const type = response.headers.get('content-type') ?? 'no type';
        throw new Error(`${pathname}: ${String(response.status)} ${type}; not stored`);
      }
      await cache.put(url, response);
    }),
  );
}

async function dropOtherCaches(): Promise<void> {
  for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
}

async function fromCache(key: string, request: Request): Promise<Response> {
  const cached = await caches.match(key, { cacheName: CACHE });
  return cached ?? fetch(request);
}

self.addEventListener('install', (event) => {
  event.waitUntil(storeAll());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(dropOtherCaches().then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data === 'take-update') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== origin) return;
  if (request.mode === 'navigate') {
    const page = PAGES.get(url.pathname);
    if (page !== undefined) event.respondWith(fromCache(`${origin}${page}`, request));
    return;
  }
  if (url.search === '' && FILES.has(url.href)) event.respondWith(fromCache(url.href, request));
});

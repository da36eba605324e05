/**
 * What the citizen page and the embed page do once their code runs: hydrate the prerendered page
 * (or render another one), then add what the first paint did not need.
 */
import { startTransition, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { helsinkiWallClock } from '../../machines';

/** Work that can wait until the page is idle (after hydration's slices), or 1 s without idle time. */
function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 1000);
}

export function mountPage(root: HTMLElement, app: ReactNode, hydrate: boolean): void {
  if (hydrate) {
    // In a transition React hydrates in slices of a few milliseconds, not in one long task.
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    root.textContent = '';
    createRoot(root).render(app);
  }
  // The boot script hides a page prerendered in another language than the address asks for.
  root.hidden = false;
  // The first Helsinki time (the urgency question's "until Monday 8.00") loads the zone data of
  // the browser's Intl: a long task, done here when idle rather than in the first answer's.
  whenIdle(() => {
    helsinkiWallClock(Date.now());
  });
}

/** The page's description in its own language (when the address asks for another one). */
export function describePage(i18n: I18n): void {
  document
    .querySelector('meta[name="description"]')
    ?.setAttribute('content', i18n.t('meta.description'));
}

/** The icon and the web app manifest: fetched after the start, never racing the first paint. */
export function addHeadLinks(manifest: string | null): void {
  const add = (attributes: Record<string, string>) => {
    const link = document.createElement('link');
    for (const [name, value] of Object.entries(attributes)) link.setAttribute(name, value);
    document.head.append(link);
  };
  add({ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' });
  if (manifest) add({ rel: 'manifest', href: manifest });
}

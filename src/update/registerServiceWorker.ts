/**
 * Offline support: after the first visit the app, its pages and its outcomes work without a
 * network (src/serviceWorker/sw.ts). A new version is taken at the next step of the flow or the
 * next start, never in the middle of reading (src/update/takeUpdate.ts).
 */
import { watchForUpdates } from './takeUpdate';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const register = () => {
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then(watchForUpdates, (error: unknown) => {
        console.warn('Kenelle soitan: no offline support:', error);
      });
  };
  // After the page has loaded, so that the worker's downloads do not compete with the first view.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

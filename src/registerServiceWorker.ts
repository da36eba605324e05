/**
 * Offline support: after the first visit the app, its pages and its outcomes work without a
 * network. When a new version is published the page reloads into it as a whole.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  window.addEventListener('load', () => {
    void import('virtual:pwa-register').then(({ registerSW }) => {
      registerSW({ immediate: true });
    });
  });
}

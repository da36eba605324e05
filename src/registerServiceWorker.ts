/**
 * Offline support: after the first visit the app, its pages and its outcomes work without a
 * network. When a new version is published the page reloads into it as a whole.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const register = () => {
    void import('virtual:pwa-register').then(({ registerSW }) => {
      registerSW({ immediate: true });
    });
  };
  // After the page has loaded, so that the worker's downloads do not compete with the first view.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

// react-i18next imports the use-sync-external-store shim for React 17; React 18 and later have
// the hook, so the shim's own code (bytes on the first load) is replaced by React's (vite.config.ts).
export { useSyncExternalStore } from 'react';

import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Listens to an event of the window or the document while the component is on view; the latest
 * handler is called, so a handler may use the component's current values without re-subscribing.
 */
export function useEventListener(
  // By name: the component also renders on the server (the prerender), where neither exists.
  target: 'window' | 'document',
  type: string,
  handler: (event: Event) => void,
): void {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const listener = (event: Event) => {
      latest.current(event);
    };
    const on = target === 'window' ? window : document;
    on.addEventListener(type, listener);
    return () => {
      on.removeEventListener(type, listener);
    };
  }, [target, type]);
}

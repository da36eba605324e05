/**
 * When a new version is taken. The service worker installs it in the background and waits; the
 * page tells it to take over at the next step of the flow that shows a question, and then reloads
 * into it: the flow lives in `history.state`, so the reload lands on the same step. An outcome on
 * screen is never reloaded. Without a step, the new version starts with the next visit.
 */
import { useEffect, useRef } from 'react';

let registration: ServiceWorkerRegistration | null = null;
let taking = false;
/** Another tab took a new version: this one runs the old code under the new worker. */
let stale = false;
let lastCheck = 0;
const CHECK_EVERY_MS = 60_000;

export function watchForUpdates(registered: ServiceWorkerRegistration): void {
  registration = registered;
  // The first worker taking control of a page is not a new version of it.
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (taking) window.location.reload();
    else if (controlled) stale = true;
    controlled = true;
  });
}

/** A step of the flow: take a waiting version now if a question is shown, or look for one. */
function takeUpdateAtStep(showsOutcome: boolean): void {
  if (!registration || taking) return;
  const waiting = registration.waiting;
  if (!showsOutcome && (stale || (waiting && navigator.serviceWorker.controller))) {
    taking = true;
    if (waiting) waiting.postMessage('take-update');
    else window.location.reload();
    return;
  }
  // A tab left open learns of a new version as its reader moves on.
  if (Date.now() - lastCheck > CHECK_EVERY_MS) {
    lastCheck = Date.now();
    registration.update().catch(() => undefined);
  }
}

/** For the citizen flow, with the key of the screen shown: the first screen is not a step. */
export function useUpdateAtStep(screenKey: string, showsOutcome: boolean): void {
  const previous = useRef(screenKey);
  useEffect(() => {
    if (previous.current === screenKey) return;
    previous.current = screenKey;
    takeUpdateAtStep(showsOutcome);
  }, [screenKey, showsOutcome]);
}

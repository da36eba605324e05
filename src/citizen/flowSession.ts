/**
 * Leaving is final. Every flow entry in the browser history carries the id of the session it was
 * made in; the quick exit ends that session, so no entry made before it is ever shown again — not
 * by Back or Forward, the back-forward cache, a reload of an older entry or a restored tab.
 *
 * The id lives in sessionStorage (this tab only; it holds no answer). Where storage is refused, an
 * id kept in memory stands in: then a reload starts afresh, which is the safe side.
 */
/** Also written by the boot script when the quick exit is pressed before the app runs. */
export const SESSION_STORAGE_KEY = 'kenelleSoitan.session';
export const LEFT_EVENT = 'kenelle-soitan:left';

let inMemory: string | null = null;

function newId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The id of this tab's current session, made on first use. */
export function currentSession(): string {
  const store = storage();
  try {
    const stored = store?.getItem(SESSION_STORAGE_KEY);
    if (stored) return stored;
    const id = inMemory ?? newId();
    store?.setItem(SESSION_STORAGE_KEY, id);
    inMemory = id;
    return id;
  } catch {
    inMemory ??= newId();
    return inMemory;
  }
}

/** Ends the session: every entry made so far becomes a fresh start. Tells the page at once. */
export function endSession(): void {
  const id = newId();
  inMemory = id;
  try {
    storage()?.setItem(SESSION_STORAGE_KEY, id);
  } catch {
    // The in-memory id has changed: that is enough for this page.
  }
  window.dispatchEvent(new Event(LEFT_EVENT));
}

/**
 * An open tab from before a deploy asks for a code file that the new deploy no longer has (a
 * language, the staff view): Vite reports it as `vite:preloadError`. Reload the page the tab is on
 * instead of failing silently; the flow lives in `history.state`, so the reader stays on the same
 * step, now with the new version. One reload at most: if the file is still missing, the error
 * shows in the console as before rather than reloading in a loop.
 */
const MARK = 'kenelleSoitanReloadedForChunk';
const AGAIN_AFTER_MS = 10_000;

export function reloadOnMissingChunk(): void {
  window.addEventListener('vite:preloadError', (event) => {
    const state = (window.history.state as Record<string, unknown> | null) ?? {};
    const last = state[MARK];
    if (typeof last === 'number' && Date.now() - last < AGAIN_AFTER_MS) return;
    event.preventDefault();
    window.history.replaceState({ ...state, [MARK]: Date.now() }, '');
    window.location.reload();
  });
}

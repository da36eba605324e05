/**
 * A press counts only if it was meant for the screen it lands on. A panicked double tap answers
 * one question and then lands, unseen, on the next screen at the same spot: that second press must
 * record nothing. Keyboard presses are never slowed (a held-down key cannot repeat an answer: the
 * answered button is gone and focus is on the new heading).
 *
 * The next screen is rendered in a transition (useFlow.ts), in short slices: from the press that
 * starts a change until that screen is on view, every press, also from the keyboard, is held.
 * `data-ready` on the flow element says whether a press counts now; it is written here, outside
 * React's rendering, so that the lock costs no second render of the screen.
 */
import { createContext, useCallback, useContext, useLayoutEffect, useRef } from 'react';
import type { MouseEvent, PointerEvent } from 'react';

/** How long after a screen changes a pointer press is taken as part of the previous press. */
export const PRESS_LOCK_MS = 700;

/** The lock's length; component tests that are not about timing set it to 0. */
export const PressLockContext = createContext(PRESS_LOCK_MS);

/** A change that renders no new screen (none should) does not hold presses longer than this. */
const HOLD_AT_MOST_MS = 2000;

const now = () => performance.now();

/**
 * `screenKey` names the screen on view; the returned handlers go on the element that holds it, in
 * the capture phase, so that nothing inside (answers, links, Back) acts on a stray press. That
 * element renders `data-ready="false"` (before the app runs, the prerendered page's press is only
 * noted, earlyPress.ts) and gets `ref`; `hold()` is called by a press that starts a change.
 */
export function usePressGuard(screenKey: string) {
  const lockMs = useContext(PressLockContext);
  const ref = useRef<HTMLDivElement>(null);
  // The first screen was on view before the script ran (prerendered): no lock on it.
  const shownAt = useRef<number>(Number.NEGATIVE_INFINITY);
  const pointerDownAt = useRef<number>(Number.NEGATIVE_INFINITY);
  const heldAt = useRef<number | null>(null);
  const firstKey = useRef(screenKey);

  const setReady = (ready: boolean) => {
    if (ref.current) ref.current.dataset.ready = String(ready);
  };

  useLayoutEffect(() => {
    heldAt.current = null;
    if (screenKey === firstKey.current && shownAt.current === Number.NEGATIVE_INFINITY) {
      setReady(true);
      return;
    }
    shownAt.current = now();
    setReady(false);
    const timer = window.setTimeout(() => {
      setReady(true);
    }, lockMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [screenKey, lockMs]);

  const hold = useCallback(() => {
    heldAt.current = now();
    setReady(false);
  }, []);

  const onPointerDownCapture = useCallback((_event: PointerEvent) => {
    pointerDownAt.current = now();
  }, []);

  const onClickCapture = useCallback(
    (event: MouseEvent) => {
      const held = heldAt.current !== null && now() - heldAt.current < HOLD_AT_MOST_MS;
      // detail 0: a click from the keyboard (Enter, Space) or assistive technology.
      const pressedAt = pointerDownAt.current;
      const deliberate =
        event.detail === 0 ||
        (pressedAt >= shownAt.current && pressedAt - shownAt.current >= lockMs);
      if (held || !deliberate) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    [lockMs],
  );

  return { ref, hold, handlers: { onPointerDownCapture, onClickCapture } };
}

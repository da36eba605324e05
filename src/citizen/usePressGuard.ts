/**
 * A press counts only if it was meant for the screen it lands on. A panicked double tap answers
 * one question and then lands, unseen, on the next screen at the same spot: that second press must
 * record nothing. Keyboard presses are never slowed (a held-down key cannot repeat an answer: the
 * answered button is gone and focus is on the new heading).
 */
import { createContext, useCallback, useContext, useLayoutEffect, useRef, useState } from 'react';
import type { MouseEvent, PointerEvent } from 'react';

/** How long after a screen changes a pointer press is taken as part of the previous press. */
export const PRESS_LOCK_MS = 700;

/** The lock's length; component tests that are not about timing set it to 0. */
export const PressLockContext = createContext(PRESS_LOCK_MS);

const now = () => performance.now();

/**
 * `screenKey` names the screen on view; the returned handlers go on the element that holds it, in
 * the capture phase, so that nothing inside (answers, links, Back) acts on a stray press.
 * `ready` is false until the app runs and while the lock holds after a change.
 */
export function usePressGuard(screenKey: string) {
  const lockMs = useContext(PressLockContext);
  // The first screen was on view before the script ran (prerendered): no lock on it.
  const shownAt = useRef<number>(Number.NEGATIVE_INFINITY);
  const pointerDownAt = useRef<number>(Number.NEGATIVE_INFINITY);
  const firstKey = useRef(screenKey);
  // False in the prerendered HTML: until the app has hydrated, a press does nothing at all.
  const [ready, setReady] = useState(false);

  useLayoutEffect(() => {
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

  const onPointerDownCapture = useCallback((_event: PointerEvent) => {
    pointerDownAt.current = now();
  }, []);

  const onClickCapture = useCallback(
    (event: MouseEvent) => {
      // detail 0: a click from the keyboard (Enter, Space) or assistive technology.
      if (event.detail === 0) return;
      const pressedAt = pointerDownAt.current;
      const deliberate = pressedAt >= shownAt.current && pressedAt - shownAt.current >= lockMs;
      if (!deliberate) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    [lockMs],
  );

  return { ready, handlers: { onPointerDownCapture, onClickCapture } };
}

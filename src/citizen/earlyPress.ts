/**
 * An answer pressed before the app ran. The page is prerendered and its code starts after the
 * first paint, so on a slow phone the first question is on view for a while before a press can
 * act. The boot script (scripts/build/criticalPath.ts) notes the first such press on the root
 * element as `data-early-press="question value"` and marks its button `data-pressed-early`. Once
 * the flow is on screen, the press is made again on that answer if the screen still offers it
 * (a reload mid-flow may have brought back a later screen); otherwise it is dropped.
 */
export const EARLY_PRESS = 'data-early-press';
export const PRESSED_EARLY = 'data-pressed-early';

export function takeEarlyPress(flow: HTMLElement | null): void {
  const holder = flow?.closest(`[${EARLY_PRESS}]`);
  if (!flow || !holder) return;
  const [question, value] = (holder.getAttribute(EARLY_PRESS) ?? '').split(' ');
  holder.removeAttribute(EARLY_PRESS);
  for (const marked of flow.querySelectorAll(`[${PRESSED_EARLY}]`)) {
    marked.removeAttribute(PRESSED_EARLY);
  }
  // Compared, not put in a selector: the note is only text from the page.
  const answer = [...flow.querySelectorAll('button')].find(
    (button) => button.name === question && button.value === value,
  );
  // A click of the element itself (detail 0), as from the keyboard: the press guard takes it.
  // Should React also replay a press made while it hydrated, the guard holds the second one.
  answer?.click();
}

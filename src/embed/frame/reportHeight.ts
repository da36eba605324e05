/**
 * Tells the embedding page how tall the frame should be. The height follows the content only on
 * the first screen; after the first answer it is held, so the partner's page (and any script on
 * it) cannot tell from the frame's height which question or outcome is on screen. Content taller
 * than that scrolls inside the frame.
 */
import { HEIGHT_MESSAGE, MAX_HEIGHT, type HeightMessage } from '../messages';

export function reportHeight(
  element: HTMLElement,
  id: string,
  parentOrigin: string | null,
  /** Whether the first screen is on view: only then does the height follow the content. */
  onFirstScreen: () => boolean,
): () => void {
  let last = 0;
  const send = () => {
    if (!onFirstScreen()) return;
    const height = Math.min(MAX_HEIGHT, Math.ceil(element.getBoundingClientRect().height));
    if (height === last || height <= 0) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, id, height };
    // The height of the first screen is not sensitive; without a known parent origin any parent
    // may read it.
    window.parent.postMessage(message, parentOrigin ?? '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(element);
  send();
  return () => {
    observer.disconnect();
  };
}

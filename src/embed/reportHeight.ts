/** Tells the embedding page the content height whenever it changes, so that its frame fits. */
import { HEIGHT_MESSAGE, MAX_HEIGHT, type HeightMessage } from './messages';

export function reportHeight(
  element: HTMLElement,
  id: string,
  parentOrigin: string | null,
): () => void {
  let last = 0;
  const send = () => {
    const height = Math.min(MAX_HEIGHT, Math.ceil(element.getBoundingClientRect().height));
    if (height === last || height <= 0) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, id, height };
    // The height is not sensitive; without a known parent origin any parent may read it.
    window.parent.postMessage(message, parentOrigin ?? '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(element);
  send();
  return () => {
    observer.disconnect();
  };
}

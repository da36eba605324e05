import { useCallback, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies a text to the clipboard and says how it went. Without a clipboard (an insecure page, a
 * browser that refuses) the state is `failed`, so that the page can offer the text to copy by hand.
 */
export function useCopyText(): [CopyState, (text: string) => void] {
  const [state, setState] = useState<CopyState>('idle');
  const copy = useCallback((text: string) => {
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(text))
      .then(
        () => {
          setState('copied');
        },
        () => {
          setState('failed');
        },
      );
  }, []);
  return [state, copy];
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUICK_EXIT_URL } from '../app/config';
import { askParentToLeave } from '../embed/frame/parentChannel';
import { endSession } from '../citizen/flowSession';

/**
 * Leaves for a neutral site in the top window, replacing this page in the history. First the flow
 * forgets its answers (flowSession.ts), so that Back never brings them back. Inside a partner's
 * frame the loader is asked to leave: the frame itself may navigate the top window only right
 * after a tap.
 */
function leaveNow(url: string = QUICK_EXIT_URL): void {
  endSession();
  if (askParentToLeave()) return;
  try {
    (window.top ?? window).location.replace(url);
  } catch {
    // A sandboxed frame may not reach the top window's location: ask for a top-level navigation.
    window.open(url, '_top', 'noopener');
  }
}

const PRESS_WINDOW_MS = 5000;

/** The quick exit: a link on every screen, and Shift pressed three times (as GOV.UK does). */
export function QuickExit() {
  const { t } = useTranslation();
  const [leaving, setLeaving] = useState(false);
  const [status, setStatus] = useState('');
  const presses = useRef(0);
  const lastKeyWasModified = useRef(false);
  const timer = useRef<number | undefined>(undefined);

  const exit = useCallback(() => {
    setLeaving(true);
    setStatus('');
    leaveNow();
  }, []);

  useEffect(() => {
    const onKeyUp = (event: KeyboardEvent) => {
      // Shift used as a modifier (Shift+A) fires keyup for A with shiftKey, then for Shift.
      if (event.key === 'Shift' && !lastKeyWasModified.current) {
        presses.current += 1;
        window.clearTimeout(timer.current);
        if (presses.current >= 3) {
          presses.current = 0;
          exit();
        } else {
          setStatus(t(presses.current === 1 ? 'quickExit.pressTwoMore' : 'quickExit.pressOneMore'));
          timer.current = window.setTimeout(() => {
            presses.current = 0;
            setStatus(t('quickExit.timedOut'));
          }, PRESS_WINDOW_MS);
        }
      } else if (presses.current > 0) {
        presses.current = 0;
        window.clearTimeout(timer.current);
        setStatus('');
      }
      lastKeyWasModified.current = event.shiftKey;
    };
    // Coming back with the browser's Back button must not leave the page blanked.
    const onPageShow = () => {
      setLeaving(false);
      setStatus('');
      presses.current = 0;
    };
    document.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('pageshow', onPageShow);
    // As GOV.UK marks it: the Shift shortcut is listening from now on.
    document.body.dataset.quickExitKeys = 'on';
    return () => {
      delete document.body.dataset.quickExitKeys;
      document.removeEventListener('keyup', onKeyUp, true);
      window.removeEventListener('pageshow', onPageShow);
      window.clearTimeout(timer.current);
    };
  }, [exit, t]);

  useEffect(() => {
    document.body.classList.toggle('is-leaving', leaving);
  }, [leaving]);

  return (
    <div className="quick-exit">
      {/* A link, so that it leaves before the app runs and without JavaScript; the boot script
          (scripts/build/criticalPath.ts) ends the session on such a press. */}
      <a
        href={QUICK_EXIT_URL}
        target="_top"
        rel="noreferrer"
        className="quick-exit__button"
        onClick={(event) => {
          event.preventDefault();
          exit();
        }}
      >
        {t('quickExit.button')}
      </a>
      <span className="quick-exit__hint">{t('quickExit.hint')}</span>
      <span className="visually-hidden" role="status">
        {status}
      </span>
      {leaving && (
        <div className="quick-exit__overlay" role="alert">
          {t('quickExit.leaving')}
        </div>
      )}
    </div>
  );
}

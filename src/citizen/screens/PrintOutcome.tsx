import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const WITH_ANSWERS = 'print-with-answers';

/**
 * Printing warns first, as the share link does: paper lies around. The printout has whom to call;
 * the answers are on it only if the person chooses so.
 */
export function PrintOutcome() {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    const clear = () => {
      document.body.classList.remove(WITH_ANSWERS);
    };
    window.addEventListener('afterprint', clear);
    return () => {
      window.removeEventListener('afterprint', clear);
      clear();
    };
  }, []);

  const print = (withAnswers: boolean) => {
    document.body.classList.toggle(WITH_ANSWERS, withAnswers);
    setAsking(false);
    window.print();
  };

  if (!asking) {
    return (
      <button
        type="button"
        className="secondary-button"
        onClick={() => {
          setAsking(true);
        }}
      >
        {t('outcome.print')}
      </button>
    );
  }
  return (
    <div className="share" role="group" aria-label={t('outcome.print')}>
      <p className="share__warning">{t('print.warning')}</p>
      <div className="button-row">
        <button
          type="button"
          className="secondary-button"
          onClick={() => {
            print(false);
          }}
        >
          {t('print.withoutAnswers')}
        </button>
        <button
          type="button"
          className="secondary-button"
          onClick={() => {
            print(true);
          }}
        >
          {t('print.withAnswers')}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setAsking(false);
          }}
        >
          {t('share.cancel')}
        </button>
      </div>
    </div>
  );
}

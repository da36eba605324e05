import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copying a link that carries the answers: only when asked, and only after a warning. */
export function ShareLink({ url }: { url: () => string }) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<'closed' | 'warned' | 'copied' | 'manual'>('closed');
  const [link, setLink] = useState('');

  if (stage === 'closed') {
    return (
      <button
        type="button"
        className="secondary-button"
        onClick={() => {
          setStage('warned');
        }}
      >
        {t('share.button')}
      </button>
    );
  }
  return (
    <div className="share" role="group" aria-label={t('share.button')}>
      <p className="share__warning">{t('share.warning')}</p>
      {stage === 'warned' && (
        <div className="button-row">
          <button
            type="button"
            className="secondary-button"
            onClick={() => {
              const value = url();
              setLink(value);
              navigator.clipboard.writeText(value).then(
                () => {
                  setStage('copied');
                },
                () => {
                  setStage('manual');
                },
              );
            }}
          >
            {t('share.confirm')}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setStage('closed');
            }}
          >
            {t('share.cancel')}
          </button>
        </div>
      )}
      {stage === 'copied' && <p role="status">{t('share.copied')}</p>}
      {stage === 'manual' && (
        <label>
          {t('share.manual')}
          <input
            type="text"
            readOnly
            value={link}
            onFocus={(e) => {
              e.currentTarget.select();
            }}
          />
        </label>
      )}
    </div>
  );
}

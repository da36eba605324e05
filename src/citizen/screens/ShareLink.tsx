import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCopyText } from '../../components/useCopyText';

/** Copying a link that carries the answers: only when asked, and only after a warning. */
export function ShareLink({ url }: { url: () => string }) {
  const { t } = useTranslation();
  const [warned, setWarned] = useState(false);
  const [link, setLink] = useState('');
  const [copyState, copy] = useCopyText();

  if (!warned) {
    return (
      <button
        type="button"
        className="secondary-button"
        onClick={() => {
          setWarned(true);
        }}
      >
        {t('share.button')}
      </button>
    );
  }
  return (
    <div className="share" role="group" aria-label={t('share.button')}>
      <p className="share__warning">{t('share.warning')}</p>
      {copyState === 'idle' && (
        <div className="button-row">
          <button
            type="button"
            className="secondary-button"
            onClick={() => {
              const value = url();
              setLink(value);
              copy(value);
            }}
          >
            {t('share.confirm')}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setWarned(false);
            }}
          >
            {t('share.cancel')}
          </button>
        </div>
      )}
      {copyState === 'copied' && <p role="status">{t('share.copied')}</p>}
      {copyState === 'failed' && (
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

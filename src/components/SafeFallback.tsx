import { useTranslation } from 'react-i18next';
import { phoneLine } from '../../machines';
import { useEmbedded } from '../embed/frame/EmbedContext';
import { pageHref } from '../app/urlParams';
import { QuickExit } from './QuickExit';
import { TelLink } from './TelLink';
import { languageOf } from '../i18n/languages';

const emergency = phoneLine('emergency-112');
const duty = phoneLine('social-crisis-duty');

/** What a failed page shows instead: the numbers, the quick exit and a clean start. */
export function SafeFallback({ withQuickExit }: { withQuickExit: boolean }) {
  const { t, i18n } = useTranslation();
  const embedded = useEmbedded();
  // A plain link, so a new page load, without whatever in the address failed (the embed keeps
  // its settings, which were checked when read).
  const restart = embedded
    ? window.location.pathname + window.location.search
    : pageHref('flow', languageOf(i18n.language));
  return (
    <section className="safe-fallback" role="alert" aria-labelledby="safe-fallback-title">
      {withQuickExit && <QuickExit />}
      <h1 id="safe-fallback-title">{t('error.title')}</h1>
      <p>{t('error.text')}</p>
      <p>
        <TelLink className="call-button" href={emergency.href}>
          {t('emergency.call')}
        </TelLink>
      </p>
      <p>
        {t('error.direct')}{' '}
        <TelLink className="direct-call__number" href={duty.href}>
          {duty.phone}
        </TelLink>
      </p>
      <p>
        <a href={restart}>{t('nav.startAgain')}</a>
      </p>
    </section>
  );
}

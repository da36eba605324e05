import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MunicipalityOptions } from '../../components/MunicipalityOptions';
import { MUNICIPALITY_IDS } from '../../../machines';
import { FRAME_ALLOW, FRAME_SANDBOX, INITIAL_FRAME_HEIGHT } from '../frameAttributes';
import { isHeightMessage } from '../messages';
import { embedQuery, hostCsp, iframeSnippet, scriptSnippet, type EmbedOptions } from './snippets';
import { LANGUAGE_INFO, LANGUAGES } from '../../i18n/i18n';
import { languageOf } from '../../i18n/languages';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useCopyText } from '../../components/useCopyText';

const PREVIEW_ID = 'guide-preview';

/** The embedding guide: a snippet generator with a live preview, and what a partner must allow. */
export default function EmbedGuidePage() {
  const { t } = useTranslation();
  const origin = window.location.origin;
  const [options, setOptions] = useState<EmbedOptions>({
    language: 'fi',
    municipality: null,
    hideLanguages: false,
  });
  const [copyState, copy] = useCopyText();
  const [previewHeight, setPreviewHeight] = useState(INITIAL_FRAME_HEIGHT);
  const frame = useRef<HTMLIFrameElement>(null);
  const fieldId = useId();

  useDocumentTitle(t('embedGuide.title'));

  useEffect(() => {
    const onMessage = (event: MessageEvent<unknown>) => {
      if (event.origin !== origin || event.source !== frame.current?.contentWindow) return;
      if (isHeightMessage(event.data) && event.data.id === PREVIEW_ID) {
        setPreviewHeight(event.data.height);
      }
    };
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
    };
  }, [origin]);

  const snippet = scriptSnippet(origin, options);
  const title = `${t('appName')} – ${t('serviceName')}`;

  return (
    <article className="text-page embed-guide">
      <h1>{t('embedGuide.title')}</h1>
      <p>{t('embedGuide.intro')}</p>

      <h2>{t('embedGuide.optionsTitle')}</h2>
      <div className="staff-form">
        <div className="field">
          <label htmlFor={`${fieldId}-lang`}>{t('embedGuide.language')}</label>
          <select
            id={`${fieldId}-lang`}
            value={options.language}
            onChange={(e) => {
              setOptions({ ...options, language: languageOf(e.target.value) });
            }}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={LANGUAGE_INFO[l].htmlLang}>
                {t(`language.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${fieldId}-municipality`}>{t('embedGuide.municipality')}</label>
          <select
            id={`${fieldId}-municipality`}
            value={options.municipality ?? ''}
            onChange={(e) => {
              const value = MUNICIPALITY_IDS.find((m) => m === e.target.value) ?? null;
              setOptions({ ...options, municipality: value });
            }}
          >
            <option value="">{t('embedGuide.municipalityAsk')}</option>
            <MunicipalityOptions />
          </select>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={options.hideLanguages}
            onChange={(e) => {
              setOptions({ ...options, hideLanguages: e.target.checked });
            }}
          />
          {t('embedGuide.hideLanguages')}
        </label>
      </div>

      <h2>{t('embedGuide.snippetTitle')}</h2>
      <p>{t('embedGuide.snippetHelp')}</p>
      <pre className="code" data-snippet="script">
        <code>{snippet}</code>
      </pre>
      <button
        type="button"
        className="secondary-button"
        onClick={() => {
          copy(snippet);
        }}
      >
        {t('embedGuide.copy')}
      </button>
      <p role="status">
        {copyState === 'copied' && t('embedGuide.copied')}
        {copyState === 'failed' && t('embedGuide.copyFailed')}
      </p>

      <h2>{t('embedGuide.previewTitle')}</h2>
      <iframe
        ref={frame}
        className="embed-preview"
        key={embedQuery(options)}
        src={`${origin}/embed.html?${embedQuery(options)}&id=${PREVIEW_ID}&origin=${encodeURIComponent(origin)}`}
        title={t('embedGuide.previewFrame')}
        sandbox={FRAME_SANDBOX}
        allow={FRAME_ALLOW}
        style={{ height: `${String(previewHeight)}px` }}
      />

      <h2>{t('embedGuide.securityTitle')}</h2>
      <p>{t('embedGuide.security')}</p>
      <pre className="code" data-snippet="attributes">
        <code>{`sandbox="${FRAME_SANDBOX}"\nallow="${FRAME_ALLOW}"`}</code>
      </pre>
      <h3>{t('embedGuide.observableTitle')}</h3>
      <p>{t('embedGuide.observable')}</p>
      <h3>{t('embedGuide.cspTitle')}</h3>
      <p>{t('embedGuide.csp')}</p>
      <pre className="code" data-snippet="csp">
        <code>{hostCsp(origin)}</code>
      </pre>
      <h3>{t('embedGuide.plainTitle')}</h3>
      <p>{t('embedGuide.plain')}</p>
      <pre className="code" data-snippet="iframe">
        <code>{iframeSnippet(origin, options, title)}</code>
      </pre>
      <h3>{t('embedGuide.serverTitle')}</h3>
      <p>{t('embedGuide.server')}</p>
    </article>
  );
}

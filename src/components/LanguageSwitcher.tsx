import { useTranslation } from 'react-i18next';
import { ensureAllTexts, LANGUAGE_INFO, LANGUAGES, type Language } from '../i18n/i18n';

/**
 * Switches the language in place (the flow and its history are kept); without JavaScript the
 * links lead to the page in that language.
 */
export function LanguageSwitcher({
  hrefFor,
  languages = LANGUAGES,
}: {
  hrefFor: (language: Language) => string;
  languages?: readonly Language[];
}) {
  const { t, i18n } = useTranslation();
  const choose = (language: Language) => (event: React.MouseEvent) => {
    event.preventDefault();
    void ensureAllTexts(i18n, language).then(() => i18n.changeLanguage(language));
    window.history.replaceState(window.history.state, '', hrefFor(language));
  };
  return (
    <nav className="languages" aria-label={t('language.label')}>
      <ul>
        {languages.map((language) => (
          <li key={language}>
            <a
              href={hrefFor(language)}
              lang={LANGUAGE_INFO[language].htmlLang}
              hrefLang={LANGUAGE_INFO[language].htmlLang}
              aria-current={i18n.language === language ? 'true' : undefined}
              onClick={choose(language)}
            >
              {t(`language.${language}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

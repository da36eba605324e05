import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n';
import { withParam } from '../urlParams';

/** Switches the language in place: the flow and its history entries are kept. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const choose = (language: Language) => (event: React.MouseEvent) => {
    event.preventDefault();
    void i18n.changeLanguage(language);
    window.history.replaceState(
      window.history.state,
      '',
      withParam(window.location.search, 'lang', language === 'fi' ? null : language),
    );
  };
  return (
    <nav className="languages" aria-label={t('language.label')}>
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <a
              href={withParam(window.location.search, 'lang', language === 'fi' ? null : language)}
              lang={language}
              hrefLang={language}
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

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The tab's title: the page's own title, then the app's name, in the language on screen. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('appName')}`;
  }, [title, t]);
}

/**
 * The web app manifest of one language: the Finnish one is the site's (vite.config.ts), the
 * others are written beside /sv/, /en/ and /selko/ by scripts/build/prerender.tsx.
 */
import { LANGUAGE_INFO, type Language } from '../i18n/languages';

export interface ManifestTexts {
  appName: string;
  serviceName: string;
  meta: { description: string };
}

export function webManifest(language: Language, texts: ManifestTexts, startUrl: string) {
  return {
    name: `${texts.appName} – ${texts.serviceName}`,
    short_name: texts.appName,
    description: texts.meta.description,
    lang: LANGUAGE_INFO[language].htmlLang,
    start_url: startUrl,
    scope: '/',
    display: 'standalone' as const,
    background_color: '#ffffff',
    theme_color: '#0b4f71',
    icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}

/**
 * The web app manifest of one language: the Finnish one is the site's (vite.config.ts), the
 * Swedish and English ones are written beside /sv/ and /en/ by scripts/prerender.tsx.
 */
export interface ManifestTexts {
  appName: string;
  serviceName: string;
  meta: { description: string };
}

export function webManifest(language: 'fi' | 'sv' | 'en', texts: ManifestTexts, startUrl: string) {
  return {
    name: `${texts.appName} – ${texts.serviceName}`,
    short_name: texts.appName,
    description: texts.meta.description,
    lang: language,
    start_url: startUrl,
    scope: '/',
    display: 'standalone' as const,
    background_color: '#ffffff',
    theme_color: '#0b4f71',
    icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}

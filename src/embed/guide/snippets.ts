/** The code a partner pastes, built from the options of the embedding guide. */
import type { MunicipalityId } from '../../../machines';
import type { Language } from '../../i18n/i18n';
import {
  FIXED_FRAME_HEIGHT,
  FRAME_ALLOW,
  FRAME_REFERRER_POLICY,
  FRAME_SANDBOX,
} from '../frameAttributes';

export interface EmbedOptions {
  language: Language;
  municipality: MunicipalityId | null;
  hideLanguages: boolean;
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

export function embedQuery(options: EmbedOptions): string {
  const params = new URLSearchParams({ lang: options.language });
  if (options.municipality) params.set('municipality', options.municipality);
  if (options.hideLanguages) params.set('languages', 'hide');
  return params.toString();
}

export function scriptSnippet(appOrigin: string, options: EmbedOptions): string {
  const attributes = [
    `src="${appOrigin}/embed.js"`,
    `data-lang="${options.language}"`,
    options.municipality ? `data-municipality="${options.municipality}"` : null,
    options.hideLanguages ? 'data-languages="hide"' : null,
    'async',
  ].filter((a) => a !== null);
  return `<script ${attributes.join(' ')}></script>`;
}

export function iframeSnippet(appOrigin: string, options: EmbedOptions, title: string): string {
  return [
    `<iframe src="${escapeAttribute(`${appOrigin}/embed.html?${embedQuery(options)}`)}"`,
    `  title="${escapeAttribute(title)}"`,
    `  width="100%" height="${String(FIXED_FRAME_HEIGHT)}" style="border:0;min-width:280px"`,
    `  loading="lazy" referrerpolicy="${FRAME_REFERRER_POLICY}"`,
    `  sandbox="${FRAME_SANDBOX}"`,
    `  allow="${FRAME_ALLOW}"></iframe>`,
  ].join('\n');
}

export function hostCsp(appOrigin: string): string {
  return `Content-Security-Policy: script-src 'self' ${appOrigin}; frame-src ${appOrigin}`;
}

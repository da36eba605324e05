/**
 * The parameters of the embedded app (embed.html?lang=…&municipality=…&languages=hide&id=…&origin=…).
 * A bad value is ignored with a warning that names it and the allowed values; the flow still works.
 */
import { MUNICIPALITY_IDS, type MunicipalityId } from '../../../machines';
import { oneOf, readParamOrWarn } from '../../app/queryParam';
import { LANGUAGES, languageOfPath, type Language } from '../../i18n/languages';
import { EMBED_ID_PATTERN } from '../messages';

export interface EmbedParams {
  language: Language;
  municipality: MunicipalityId | null;
  showLanguages: boolean;
  /** The instance id that the loader gave this frame, echoed in height messages. */
  id: string | null;
  /** The embedding page's origin, the exact target of height messages. */
  parentOrigin: string | null;
  warnings: string[];
}

const KNOWN = ['lang', 'municipality', 'languages', 'id', 'origin'];

function readOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value
      ? url.origin
      : null;
  } catch {
    return null;
  }
}

/** `?lang=` (the address partners hard-coded) wins; otherwise the language of the path. */
export function readEmbedParams(search: string, pathname = '/embed.html'): EmbedParams {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const read = <T>(name: string, parse: (text: string) => T | null, allowed: string) =>
    readParamOrWarn(params, name, parse, allowed, warnings);

  const language =
    read('lang', oneOf(LANGUAGES), LANGUAGES.join(', ')) ?? languageOfPath(pathname) ?? 'fi';
  const municipality = read('municipality', oneOf(MUNICIPALITY_IDS), MUNICIPALITY_IDS.join(', '));
  const showLanguages =
    read('languages', oneOf(['show', 'hide'] as const), 'show, hide') !== 'hide';
  const id = read(
    'id',
    (text) => (EMBED_ID_PATTERN.test(text) ? text : null),
    'letters, digits, - and _ (at most 40)',
  );
  const parentOrigin = read('origin', readOrigin, 'an origin such as https://example.fi');

  for (const name of params.keys()) {
    if (!KNOWN.includes(name))
      warnings.push(`ignored unknown parameter "${name}"; known: ${KNOWN.join(', ')}`);
  }
  return { language, municipality, showLanguages, id, parentOrigin, warnings };
}

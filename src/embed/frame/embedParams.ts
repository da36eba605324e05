/**
 * The parameters of the embedded app (embed.html?lang=…&municipality=…&languages=hide&id=…&origin=…).
 * A bad value is ignored with a warning that names it and the allowed values; the flow still works.
 */
import { isValidAnswer, MUNICIPALITY_IDS, type MunicipalityId } from '../../../machines';
import { LANGUAGES, isLanguage, languageOfPath, type Language } from '../../i18n/languages';
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
  const ignore = (name: string, value: string, allowed: string) => {
    warnings.push(`ignored ${name}="${value}"; allowed: ${allowed}`);
  };

  let language: Language = languageOfPath(pathname) ?? 'fi';
  const lang = params.get('lang');
  if (lang !== null) {
    if (isLanguage(lang)) language = lang;
    else ignore('lang', lang, LANGUAGES.join(', '));
  }

  let municipality: MunicipalityId | null = null;
  const place = params.get('municipality');
  if (place !== null) {
    if (isValidAnswer('municipality', place)) municipality = place;
    else ignore('municipality', place, MUNICIPALITY_IDS.join(', '));
  }

  let showLanguages = true;
  const languages = params.get('languages');
  if (languages !== null) {
    if (languages === 'show' || languages === 'hide') showLanguages = languages === 'show';
    else ignore('languages', languages, 'show, hide');
  }

  let id: string | null = null;
  const idText = params.get('id');
  // Stryker disable next-line ConditionalExpression: the pattern takes null as "null", and id would be null anyway
  if (idText !== null) {
    if (EMBED_ID_PATTERN.test(idText)) id = idText;
    else ignore('id', idText, 'letters, digits, - and _ (at most 40)');
  }

  let parentOrigin: string | null = null;
  const origin = params.get('origin');
  if (origin !== null) {
    parentOrigin = readOrigin(origin);
    if (parentOrigin === null) ignore('origin', origin, 'an origin such as https://example.fi');
  }

  for (const name of params.keys()) {
    if (!KNOWN.includes(name))
      warnings.push(`ignored unknown parameter "${name}"; known: ${KNOWN.join(', ')}`);
  }
  return { language, municipality, showLanguages, id, parentOrigin, warnings };
}

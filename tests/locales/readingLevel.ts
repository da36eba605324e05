/**
 * The reading level of the citizen texts of a language, as a person meets them on screen.
 *
 * - A citizen text is every text of a locale except those only staff read (the staff view, the
 *   embedding guide, the flow diagram, rule titles, source ids, assumptions, holiday names), the
 *   names of the languages in the switcher, and the two placeholders the service owner fills in
 *   on the accessibility statement. The footer's links to the staff view and the guide are citizen
 *   texts: every citizen page shows them.
 * - Placeholders are filled with what the app puts there: the facts of the rules data and, for
 *   times, dates, weekdays and names, the app's own formatters in that language. So a long date
 *   counts as the words it shows, and "{{time}}" is not one word.
 * - A sentence ends at . ! ? or : when a capital letter, a digit or a quote follows, and at the end
 *   of the text; "28. joulukuuta" goes on. A label or title without a full stop is one sentence.
 * - A word is a run of letters and digits; hyphens, dashes, dots and slashes inside it keep it one
 *   word ("18-vuotias", "8–16", "2.1"), and a phone number written in groups is one word. A long
 *   word has 13 letters or more in one of its hyphenated parts, unless that part is one of the
 *   explained terms below.
 */
import { factVariables } from '../../machines/facts';
import { PHASES } from '../../machines/rules';
import { formatDate, formatMoment } from '../../src/i18n/formatTime';
import type { Language } from '../../src/i18n/i18n';
import { formatShortMoment, officeDays } from '../../src/i18n/outcomeWords';

export type Texts = Map<string, string>;
type Tree = { [key: string]: string | Tree };

/** A locale file as one map of dotted keys to texts. */
export function flatten(tree: Tree, prefix = ''): Texts {
  const out: Texts = new Map();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const STAFF_ONLY = [
  'staff.',
  'embedGuide.',
  'node.',
  'edge.',
  'ruleTitle.',
  'source.',
  'assumption.',
  'holiday.',
  'language.',
];
const CITIZEN_AFTER_ALL = ['staff.link', 'embedGuide.link', 'language.label'];
const OWNER_PLACEHOLDERS = ['accessibility.feedbackChannel', 'accessibility.enforcementContact'];

export function isCitizenText(key: string): boolean {
  if (CITIZEN_AFTER_ALL.includes(key)) return true;
  if (OWNER_PLACEHOLDERS.includes(key)) return false;
  return !STAFF_ONLY.some((prefix) => key.startsWith(prefix));
}

/**
 * Terms a reader needs and that the Selkosuomi texts explain where they use them (the key says
 * where); as stems, so that every inflection counts: "käräjäoikeudesta", "sosiaalipäivystykseen".
 */
export const EXPLAINED_TERMS: readonly { stem: string; explainedIn: string }[] = [
  { stem: 'sosiaalipäivysty', explainedIn: 'start.direct' },
  { stem: 'kriisipäivysty', explainedIn: 'start.direct' },
  { stem: 'hätänumero', explainedIn: 'rule.danger' },
  { stem: 'hätäkeskus', explainedIn: 'contact.emergency-112.say' },
  { stem: 'käräjäoikeu', explainedIn: 'rule.custody' },
  { stem: 'kela', explainedIn: 'rule.money' },
  { stem: 'toimeentulotu', explainedIn: 'situation.money.example' },
  { stem: 'tapaamisoikeu', explainedIn: 'situation.custody-visitation.example' },
  { stem: 'täytäntöönpano', explainedIn: 'contact.district-court.say' },
  { stem: 'saavutettav', explainedIn: 'accessibility.intro' },
  { stem: 'ruudunlukij', explainedIn: 'accessibility.limits' },
];

const isExplained = (part: string) =>
  EXPLAINED_TERMS.some(({ stem }) => part.toLowerCase().startsWith(stem));

/** What the app fills into a text's placeholders, in that language. */
function variablesFor(key: string, language: Language, texts: Texts): Record<string, string> {
  const at = Date.parse('2026-12-23T15:30:00Z'); // a Wednesday evening before Christmas
  const text = (k: string) => texts.get(k) ?? '';
  const domains = [...texts].filter(([k]) => k.startsWith('domain.')).map(([, v]) => v);
  const longest = (list: string[]) => list.reduce((a, b) => (b.length > a.length ? b : a), '');
  const facts: Record<string, string> = factVariables();
  return {
    ...facts,
    phone: facts.dutyNumber ?? '',
    time:
      key === 'outcome.guidanceFor' ? formatMoment(at, language) : formatShortMoment(at, language),
    date: formatDate(PHASES.at(-1)?.from ?? '2023-04-24', language),
    days: officeDays(language),
    domain: longest(domains),
    municipality: text('municipality.hameenlinna'),
    situation: text('situation.other-urgent.label'),
    question: text('question.urgency.title'),
    questions: `${text('question.urgency.title')} ${text('question.municipality.title')}`,
  };
}

/** A text as it reads on screen: nested texts ($t(key)) and placeholders filled in. */
function filled(key: string, language: Language, texts: Texts): string {
  const variables = variablesFor(key, language, texts);
  return (texts.get(key) ?? '')
    .replace(/\$t\(([^)]+)\)/g, (_, k: string) => texts.get(k) ?? '')
    .replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => variables[name] ?? name);
}

export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?:])\s+(?=[\p{Lu}\d"”«(])/u)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

export function wordsOf(sentence: string): string[] {
  const grouped = sentence.replace(/\b\d+(?: \d+)+\b/g, (number) => number.replaceAll(' ', ''));
  return grouped.match(/[\p{L}\p{N}]+(?:[-–/.,:'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** The hyphenated parts of a word with 13 letters or more that are not explained terms. */
export function longParts(word: string): string[] {
  return word
    .split(/[-–/]/)
    .filter((part) => (part.match(/\p{L}/gu) ?? []).length >= 13 && !isExplained(part));
}

export interface ReadingLevel {
  sentences: number;
  words: number;
  meanWords: number;
  longest: { words: number; key: string; sentence: string };
  longWordShare: number;
  longWords: string[];
}

export function readingLevel(language: Language, texts: Texts): ReadingLevel {
  let sentences = 0;
  let words = 0;
  let longCount = 0;
  const longWords = new Set<string>();
  let longest = { words: 0, key: '', sentence: '' };
  for (const key of texts.keys()) {
    if (!isCitizenText(key)) continue;
    for (const sentence of sentencesOf(filled(key, language, texts))) {
      const inSentence = wordsOf(sentence);
      sentences += 1;
      words += inSentence.length;
      if (inSentence.length > longest.words) longest = { words: inSentence.length, key, sentence };
      for (const word of inSentence) {
        const parts = longParts(word);
        if (parts.length > 0) longCount += 1;
        for (const part of parts) longWords.add(part.toLowerCase());
      }
    }
  }
  return {
    sentences,
    words,
    meanWords: words / Math.max(sentences, 1),
    longest,
    longWordShare: longCount / Math.max(words, 1),
    longWords: [...longWords].sort(),
  };
}

/** The goals of issue 16 for Selkosuomi; a list of what breaks them (empty when all hold). */
const EASY_GOALS = { longestWords: 10, meanWords: 6, longWordShare: 0.03 };

export function easyGoalsBroken(level: ReadingLevel): string[] {
  const broken: string[] = [];
  if (level.longest.words > EASY_GOALS.longestWords) {
    broken.push(
      `longest sentence ${String(level.longest.words)} words (${level.longest.key}): ${level.longest.sentence}`,
    );
  }
  if (level.meanWords > EASY_GOALS.meanWords) {
    broken.push(`mean ${level.meanWords.toFixed(2)} words a sentence`);
  }
  if (level.longWordShare > EASY_GOALS.longWordShare) {
    broken.push(`long words ${(level.longWordShare * 100).toFixed(1)} %`);
  }
  return broken;
}

export function reportLine(language: Language, level: ReadingLevel): string {
  return [
    language.padEnd(6),
    `${String(level.sentences).padStart(4)} sentences`,
    `${String(level.words).padStart(5)} words`,
    `mean ${level.meanWords.toFixed(2)}`,
    `longest ${String(level.longest.words).padStart(2)} (${level.longest.key})`,
    `long words ${(level.longWordShare * 100).toFixed(1)} %`,
    `unexplained long words: ${level.longWords.join(', ') || '(none)'}`,
  ].join(' | ');
}

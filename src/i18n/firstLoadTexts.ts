/**
 * The texts a first screen can need: the flow, every outcome (an answer never waits for the
 * network) and the site's frame. The text pages and the staff view fetch their language's whole
 * file before they show (src/i18n/i18n.ts, ensureAllTexts). The prerender writes these texts into
 * each page as data (scripts/build/prerenderPage.tsx), so no text file is fetched at the start.
 */
type Texts = Record<string, unknown>;

/** Groups only the text pages and the staff view read. */
const LATER_GROUPS = [
  'safety',
  'accessibility',
  'staff',
  'assumption',
  'holiday',
  'node',
  'edge',
  'ruleTitle',
  'source',
  'embedGuide',
] as const;

/** Keys of those groups that the site's frame shows (its footer links, the loading note). */
const FRAME_KEYS: Partial<Record<(typeof LATER_GROUPS)[number], readonly string[]>> = {
  staff: ['link', 'loading'],
  embedGuide: ['link'],
};

const isLater = (group: string): group is (typeof LATER_GROUPS)[number] =>
  (LATER_GROUPS as readonly string[]).includes(group);

export function firstLoadTexts(all: Texts): Texts {
  return Object.fromEntries(
    Object.entries(all).flatMap(([group, texts]) => {
      if (!isLater(group)) return [[group, texts]];
      const kept = FRAME_KEYS[group];
      if (!kept) return [];
      return [[group, Object.fromEntries(kept.map((key) => [key, (texts as Texts)[key]]))]];
    }),
  );
}

/** Whether a language's texts are the whole file, not the first screen's part. */
export const isWhole = (texts: object): boolean =>
  LATER_GROUPS.filter((group) => !FRAME_KEYS[group]).every((group) => group in texts);

/** The id of the data element that carries the page's texts. */
export const TEXTS_ELEMENT_ID = 'texts';

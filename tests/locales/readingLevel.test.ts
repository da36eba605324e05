/**
 * The reading level of the citizen texts (issue 16): printed for every language, and held to the
 * goals of easy-to-read Finnish (Selkokeskus) for Selkosuomi. How texts, sentences and words are
 * counted is written in readingLevel.ts.
 */
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/common.json';
import fi from '../../locales/fi/common.json';
import selko from '../../locales/selko/common.json';
import sv from '../../locales/sv/common.json';
import {
  EXPLAINED_TERMS,
  easyGoalsBroken,
  flatten,
  isCitizenText,
  longParts,
  readingLevel,
  reportLine,
  sentencesOf,
  wordsOf,
} from './readingLevel';

const LOCALES = { fi: flatten(fi), sv: flatten(sv), en: flatten(en), selko: flatten(selko) };

describe('reading level of the citizen texts', () => {
  it('prints words a sentence, long words and unexplained long words for each language', () => {
    const lines = (Object.keys(LOCALES) as (keyof typeof LOCALES)[]).map((language) =>
      reportLine(language, readingLevel(language, LOCALES[language])),
    );
    console.log(`Reading level (words ≥ 13 letters are long)\n${lines.join('\n')}`);
    expect(lines).toHaveLength(4);
  });

  it('holds Selkosuomi to: longest sentence ≤ 10 words, mean ≤ 6, long words ≤ 3 %', () => {
    expect(easyGoalsBroken(readingLevel('selko', LOCALES.selko))).toEqual([]);
  });

  it('explains each term it lets through, in Selkosuomi, where the key says', () => {
    for (const { stem, explainedIn } of EXPLAINED_TERMS) {
      expect(LOCALES.selko.get(explainedIn)?.toLowerCase(), stem).toContain(stem);
    }
  });
});

describe('the check itself', () => {
  it('counts sentences and words as written down in readingLevel.ts', () => {
    expect(sentencesOf('Soita 112. Kerro, missä olet.')).toEqual([
      'Soita 112.',
      'Kerro, missä olet.',
    ]);
    expect(sentencesOf('Arkipäivä alkaa maanantaina 28. joulukuuta kello 8.')).toHaveLength(1);
    expect(sentencesOf('Pidä valmiina: Missä olet?')).toEqual(['Pidä valmiina:', 'Missä olet?']);
    expect(wordsOf('Alle 18-vuotias soittaa numeroon 03 621 7100 kello 8–16.')).toEqual([
      'Alle',
      '18-vuotias',
      'soittaa',
      'numeroon',
      '036217100',
      'kello',
      '8–16',
    ]);
    expect(longParts('lähisuhdeväkivaltaa')).toEqual(['lähisuhdeväkivaltaa']);
    expect(longParts('sosiaalipäivystykseen')).toEqual([]);
    expect(longParts('Shift-näppäintä')).toEqual([]);
  });

  it('leaves the staff view, the guide and the owner’s placeholders out', () => {
    expect(isCitizenText('situation.crisis.example')).toBe(true);
    expect(isCitizenText('staff.link')).toBe(true);
    expect(isCitizenText('staff.intro')).toBe(false);
    expect(isCitizenText('embedGuide.security')).toBe(false);
    expect(isCitizenText('accessibility.feedbackChannel')).toBe(false);
  });

  it('fails on a Selkosuomi text that breaks each goal (fixtures)', () => {
    const withText = (key: string, text: string) => new Map([...LOCALES.selko, [key, text]]);
    const longSentence = withText(
      'situation.crisis.example',
      'Esimerkiksi läheinen ihminen on kuollut äkkiä ja yllättäen kotona tai sairaalassa.',
    );
    expect(easyGoalsBroken(readingLevel('selko', longSentence))).toEqual([
      expect.stringMatching(/^longest sentence 11 words \(situation\.crisis\.example\)/),
    ]);

    const longWords = withText(
      'safety.stored',
      Array.from({ length: 60 }, () => 'Lähisuhdeväkivaltatilanteet.').join(' '),
    );
    expect(easyGoalsBroken(readingLevel('selko', longWords))).toEqual([
      expect.stringMatching(/^long words /),
    ]);

    const longMean = new Map(
      [...LOCALES.selko].map(([key]) => [key, 'Yksi kaksi kolme neljä viisi kuusi seitsemän.']),
    );
    expect(easyGoalsBroken(readingLevel('selko', longMean))).toEqual([
      'mean 7.00 words a sentence',
    ]);
  });
});

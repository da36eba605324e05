import { describe, expect, it } from 'vitest';
import en from '../../locales/en/common.json';
import fi from '../../locales/fi/common.json';
import selko from '../../locales/selko/common.json';
import sv from '../../locales/sv/common.json';
import {
  AFFECTED_IDS,
  CONTACT_IDS,
  HELPLINES,
  MUNICIPALITY_IDS,
  RULE_IDS,
  SITUATION_IDS,
  URGENCY_IDS,
} from '../../machines/rules';
import { flatten } from './readingLevel';

const LOCALES = { fi: flatten(fi), sv: flatten(sv), en: flatten(en), selko: flatten(selko) };
const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it.each(['sv', 'en', 'selko'] as const)(
    '%s has exactly the keys of Finnish, the reference',
    (lang) => {
      expect([...LOCALES[lang].keys()].sort()).toEqual([...LOCALES.fi.keys()].sort());
    },
  );

  it.each(Object.keys(LOCALES) as (keyof typeof LOCALES)[])(
    '%s has no empty text and the same placeholders as Finnish',
    (lang) => {
      for (const [key, text] of LOCALES[lang]) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(LOCALES.fi.get(key) ?? ''));
      }
    },
  );

  it('has words for every id of the rules, in every language', () => {
    const needed = [
      ...SITUATION_IDS.flatMap((id) => [`situation.${id}.label`, `situation.${id}.example`]),
      ...AFFECTED_IDS.flatMap((id) => [`affected.${id}.label`, `affected.${id}.example`]),
      ...URGENCY_IDS.flatMap((id) => [`urgency.${id}.label`, `urgency.${id}.example`]),
      ...MUNICIPALITY_IDS.map((id) => `municipality.${id}`),
      ...CONTACT_IDS.flatMap((id) => [`contact.${id}.name`, `contact.${id}.say`]),
      ...RULE_IDS.map((id) => `rule.${id}`),
      ...HELPLINES.map((h) => `helpline.${h.id}.name`),
    ];
    for (const locale of Object.values(LOCALES)) {
      for (const key of needed) expect(locale.has(key), key).toBe(true);
    }
  });

  it('uses the established terms of the glossary', () => {
    expect(LOCALES.sv.get('contact.kela.name')).toBe('FPA');
    expect(LOCALES.sv.get('municipality.hameenlinna')).toBe('Tavastehus');
    expect(LOCALES.sv.get('municipality.jokioinen')).toBe('Jockis');
    expect(LOCALES.fi.get('contact.district-court.name')).toBe('Käräjäoikeus');
    expect(LOCALES.sv.get('contact.district-court.name')).toBe('Tingsrätten');
    expect(LOCALES.sv.get('serviceName')).toBe('Egentliga Tavastlands social- och krisjour');
  });

  it('types no fact by hand: numbers, hours, dates and websites come from machines/rules.ts', () => {
    const facts = [
      /\b112\b/,
      /03 621 7100/,
      /080 005 005/,
      /09 2525 0111/,
      /116 111/,
      /\b8[.:]00\b/,
      /\b16[.:]00\b/,
      /\b8–16\b/,
      /13\.3\.|3\.4\.|24\.4\./,
      /\b20(23|99)\b/,
      /kela\.fi|oikeus\.fi|https?:/,
    ];
    for (const [lang, locale] of Object.entries(LOCALES)) {
      for (const [key, text] of locale) {
        if (key.startsWith('safety.') || key.startsWith('quickExit.')) continue; // issue #9
        if (key === 'accessibility.date') continue; // the statement's own date
        for (const fact of facts) expect(text, `${lang} ${key}`).not.toMatch(fact);
      }
    }
  });

  it('never says a line answers around the clock, or that 112 puts you through', () => {
    for (const locale of Object.values(LOCALES)) {
      for (const [key, text] of locale) {
        expect(text, key).not.toMatch(/vastaa(mme)? ympäri vuorokauden|svarar dygnet runt/i);
        expect(text, key).not.toMatch(/answers? around the clock|puts? you through/i);
        expect(text, key).not.toMatch(/välittää puhelusi|saat yhteyden/i);
      }
    }
  });

  it('calls Nollalinja Nollinjen in Swedish', () => {
    expect(LOCALES.sv.get('helpline.nollalinja.name')).toMatch(/^Nollinjen\b/);
    expect(LOCALES.fi.get('helpline.nollalinja.name')).toMatch(/^Nollalinja\b/);
  });

  it('holds no phone number beyond those of RULES.md', () => {
    const allowed = /^(112|03 621 7100|080 005 005|09 2525 0111|116 111)$/;
    for (const locale of Object.values(LOCALES)) {
      for (const text of locale.values()) {
        for (const match of text.match(
          /(\+358|\b0)[0-9][0-9 -]{5,14}[0-9]|\b1[0-9]{2} ?[0-9]{3}\b/g,
        ) ?? []) {
          expect(match).toMatch(allowed);
        }
      }
    }
  });
});

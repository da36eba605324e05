// @vitest-environment jsdom
/**
 * The texts that come with the page (issue 13) are enough for the first screen and for every
 * outcome in every language: an answer never waits for the network, nor shows a key.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { ALL_LANGUAGES } from '../../src/i18n/allLanguages';
import { firstLoadTexts, isWhole } from '../../src/i18n/firstLoadTexts';
import { PressLockContext } from '../../src/citizen/usePressGuard';
import { createI18n, hasAllTexts } from '../../src/i18n/i18n';
import { fragmentOf, OUTCOME_CASES } from '../shared/outcomeCases';

const LANGS = ['fi', 'sv', 'en'] as const;
const whole = (lang: (typeof LANGS)[number]) =>
  (ALL_LANGUAGES[lang] as { common: Record<string, unknown> }).common;

/** An instance with only the page's texts, that records every key it lacks. */
function firstLoadI18n(lang: (typeof LANGS)[number]) {
  const i18n = createI18n(lang, { [lang]: { common: firstLoadTexts(whole(lang)) } });
  const missing: string[] = [];
  i18n.options.saveMissing = true;
  i18n.options.missingKeyHandler = (_lngs, _ns, key) => {
    missing.push(key);
  };
  return { i18n, missing };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

describe.each(LANGS)('the texts that come with the page, in %s', (lang) => {
  it('leave out the text pages and the staff view, and know that they do', () => {
    const texts = firstLoadTexts(whole(lang));
    // Assumptions and holidays are said to staff only (the outcomes below need neither).
    for (const group of [
      'safety',
      'accessibility',
      'node',
      'edge',
      'ruleTitle',
      'source',
      'assumption',
      'holiday',
    ]) {
      expect(texts).not.toHaveProperty(group);
    }
    // The footer's links and the staff view's loading note stay.
    expect(Object.keys(texts.staff as object)).toEqual(['link', 'loading']);
    expect(Object.keys(texts.embedGuide as object)).toEqual(['link']);
    // The outcome's words stay.
    expect(texts).toHaveProperty('rule');
    expect(texts).toHaveProperty('contact');
    expect(isWhole(texts)).toBe(false);
    expect(isWhole(whole(lang))).toBe(true);
    const { i18n } = firstLoadI18n(lang);
    expect(hasAllTexts(i18n, lang)).toBe(false);
  });

  it.each(OUTCOME_CASES.map((c) => [`${c.rule} (${c.answers.map((a) => a[1]).join(', ')})`, c]))(
    'show the outcome %s with no key missing',
    (_name, c) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(c.at));
      window.history.replaceState(null, '', `/${fragmentOf(c)}`);
      const { i18n, missing } = firstLoadI18n(lang);
      render(
        <I18nextProvider i18n={i18n}>
          <PressLockContext.Provider value={0}>
            <App page="flow" />
          </PressLockContext.Provider>
        </I18nextProvider>,
      );
      expect(screen.getByRole('article')).toHaveClass(`outcome--${c.contact}`);
      expect(missing).toEqual([]);
    },
  );
});

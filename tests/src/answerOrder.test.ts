/**
 * The order of the answer choices (src/i18n/answerOrder.ts): the municipalities by their names of
 * docs/SPECIFICATION.md §1 in the UI language's alphabet, "outside" and "I'm not sure" after them,
 * every other question's answers as given. Orders written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { choicesOf, type GivenAnswer } from '../../machines';
import { orderAnswers } from '../../src/i18n/answerOrder';

const NAMES: Record<string, string> = {
  forssa: 'Forssa',
  hattula: 'Hattula',
  hausjarvi: 'Hausjärvi',
  humppila: 'Humppila',
  hameenlinna: 'Hämeenlinna',
  janakkala: 'Janakkala',
  jokioinen: 'Jokioinen',
  loppi: 'Loppi',
  riihimaki: 'Riihimäki',
  tammela: 'Tammela',
  ypaja: 'Ypäjä',
  outside: 'Somewhere else',
  'not-sure': "I'm not sure",
};
const label = (answer: GivenAnswer) => NAMES[answer.value] ?? answer.value;
const municipality = (value: string) => ({ question: 'municipality', value }) as GivenAnswer;
const order = (answers: GivenAnswer[], language: string) =>
  orderAnswers(answers, label, language).map(label);

// Finnish and Swedish put ä after z; English sorts it with a. Only the H's differ.
const J_TO_Y = ['Janakkala', 'Jokioinen', 'Loppi', 'Riihimäki', 'Tammela', 'Ypäjä'];
const FINNISH = ['Forssa', 'Hattula', 'Hausjärvi', 'Humppila', 'Hämeenlinna', ...J_TO_Y];
const ENGLISH = ['Forssa', 'Hämeenlinna', 'Hattula', 'Hausjärvi', 'Humppila', ...J_TO_Y];
const LAST = ['Somewhere else', "I'm not sure"];

describe('orderAnswers', () => {
  it.each([
    ['fi', FINNISH],
    ['sv', FINNISH],
    // Selkosuomi is Finnish to Intl.
    ['selko', FINNISH],
    ['en', ENGLISH],
  ])('sorts the municipalities in %s, then outside and "not sure"', (language, names) => {
    expect(order(choicesOf('municipality'), language)).toEqual([...names, ...LAST]);
  });

  it('takes a language it does not know as a locale of its own', () => {
    expect(order(choicesOf('municipality'), 'sv-SE')).toEqual([...FINNISH, ...LAST]);
  });

  it('puts outside and "not sure" last, in the order given', () => {
    const answers = ['not-sure', 'outside', 'ypaja', 'forssa'].map(municipality);
    expect(order(answers, 'fi')).toEqual(['Forssa', 'Ypäjä', "I'm not sure", 'Somewhere else']);
  });

  it('keeps the order of answers that are no municipality', () => {
    const urgency = choicesOf('urgency');
    expect(orderAnswers(urgency, () => 'same label', 'fi')).toEqual(urgency);
    expect(orderAnswers(urgency, (a) => (a.value === 'danger-now' ? 'z' : 'a'), 'fi')).toEqual(
      urgency,
    );
    expect(orderAnswers([municipality('outside')], label, 'fi')).toEqual([municipality('outside')]);
  });

  it('gives a new list and leaves the one given as it was', () => {
    const answers = ['ypaja', 'forssa'].map(municipality);
    const ordered = orderAnswers(answers, label, 'fi');
    expect(ordered.map(label)).toEqual(['Forssa', 'Ypäjä']);
    expect(answers.map(label)).toEqual(['Ypäjä', 'Forssa']);
  });
});

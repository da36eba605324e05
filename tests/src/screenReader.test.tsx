// @vitest-environment jsdom
/**
 * What a screen reader announces along the flow, beyond what axe checks: a virtual screen reader
 * (@guidepup/virtual-screen-reader) over the rendered app. On arrival at each question its
 * heading is announced (focus moves to it); each option is a button named by its label, with its
 * example; the outcome announces the contact, the number and whether it is open; the quick exit
 * is named, and Shift presses announce how many more are needed. Words: tests/wording.ts.
 */
import { virtual } from '@guidepup/virtual-screen-reader';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EN } from '../wording';
import { SITUATION_IDS_BY_HAND } from '../shared/situationIds';
import { renderApp } from './renderApp';

const SITUATIONS = SITUATION_IDS_BY_HAND;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  window.history.replaceState(null, '', '/');
  renderApp({ language: 'en' });
  await virtual.start({ container: document.body });
});

afterEach(async () => {
  await virtual.stop();
  vi.useRealTimers();
});

/** Moves the virtual cursor on until a phrase matches (or the document ends); returns all read. */
async function readUntil(stop: (phrase: string) => boolean): Promise<string[]> {
  const read: string[] = [];
  for (let i = 0; i < 400; i++) {
    await virtual.next();
    const phrase = await virtual.lastSpokenPhrase();
    read.push(phrase);
    if (stop(phrase) || phrase === 'end of document') break;
  }
  return read;
}

/** Presses the answer button with this value, as a pointer user does, and returns what is said. */
async function answer(value: string): Promise<string[]> {
  await virtual.clearSpokenPhraseLog();
  const button = document.querySelector<HTMLButtonElement>(`button[value="${value}"]`);
  if (!button) throw new Error(`no button for ${value}`);
  await userEvent.click(button);
  return virtual.spokenPhraseLog();
}

const buttonsIn = (phrases: string[]) => phrases.filter((p) => p.startsWith('button, '));

// Reading a whole screen node by node takes seconds on a busy machine.
describe('the virtual screen reader along the flow', { timeout: 60_000 }, () => {
  it('the start: the quick exit and its hint, 112, the question, every situation with its example', async () => {
    const read = await readUntil((p) => p.startsWith('end of group'));
    expect(read).toContain(`link, ${EN.quickExit}`);
    expect(read).toContain(EN.quickExitHint);
    expect(read).toContain(`link, ${EN.call112}`);
    expect(read).toContain(`heading, ${EN.question('situation')}, level 1`);
    const options = buttonsIn(
      read.slice(read.indexOf(`heading, ${EN.question('situation')}, level 1`)),
    );
    expect(options).toHaveLength(SITUATIONS.length);
    options.forEach((phrase, i) => {
      const { label, example } = EN.situation(SITUATIONS[i] ?? '');
      expect(phrase.startsWith(`button, ${label}`), phrase).toBe(true);
      expect(phrase).toContain(example);
    });
  });

  it('announces each new question’s heading on arrival, and its options', async () => {
    expect(await answer('crisis')).toEqual([`heading, ${EN.question('urgency')}, level 1`]);
    const read = await readUntil((p) => p.startsWith('end of group'));
    const options = buttonsIn(read);
    const ids = ['danger-now', 'cannot-wait', 'can-wait', 'not-sure'];
    for (const id of ids) {
      const { label, example } = EN.urgency(id);
      expect(
        options.some((p) => p.startsWith(`button, ${label}`) && p.includes(example)),
        `${id}: ${options.join(' | ')}`,
      ).toBe(true);
    }
    expect(await answer('cannot-wait')).toEqual([
      `heading, ${EN.question('municipality')}, level 1`,
    ]);
  });

  it('the outcome: the duty service, its number, open around the clock (Tue 11.4.2023 16:00:30)', async () => {
    vi.setSystemTime(new Date('2023-04-11T16:00:30+03:00'));
    await answer('elderly-at-home');
    await answer('cannot-wait');
    expect(await answer('forssa')).toEqual([
      `heading, ${EN.contact('social-crisis-duty')}, level 1`,
    ]);
    const read = await readUntil((p) => p.startsWith('end of article'));
    expect(read).toContain('link, Call 03 621 7100');
    expect(read).toContain(EN.openAlways);
    // The why may say it is outside usual office hours; the line itself never "opens next".
    expect(read.join('\n')).not.toContain(EN.opensNext('').trim());
  });

  it('the outcome: the municipality, closed, and when it opens (Tue 11.4.2023 16:00:30)', async () => {
    vi.setSystemTime(new Date('2023-04-11T16:00:30+03:00'));
    await answer('elderly-at-home');
    await answer('can-wait');
    expect(await answer('forssa')).toEqual([
      `heading, ${EN.municipalityContact('Forssa')}, level 1`,
    ]);
    const read = await readUntil((p) => p.startsWith('end of article'));
    expect(read.join('\n')).toContain(EN.closedNow);
    expect(read.join('\n')).toContain(EN.opensNext('Wed 12 Apr, 8:00'));
    expect(read.filter((p) => p.startsWith('link, Call '))).toEqual([]);
  });

  it('the outcome: the municipality, open, at 15:59:59', async () => {
    vi.setSystemTime(new Date('2023-04-11T15:59:59+03:00'));
    await answer('elderly-at-home');
    await answer('cannot-wait');
    expect(await answer('forssa')).toEqual([
      `heading, ${EN.municipalityContact('Forssa')}, level 1`,
    ]);
    const read = await readUntil((p) => p.startsWith('end of article'));
    expect(read).toContain(EN.openNow);
  });

  it('the outcome: 112 for danger, and the crisis line after it', async () => {
    await answer('crisis');
    expect(await answer('danger-now')).toEqual([
      `heading, ${EN.contact('emergency-112')}, level 1`,
    ]);
    const read = await readUntil((p) => p.startsWith('end of article'));
    expect(read).toContain('link, Call 112');
    expect(read).toContain(EN.openAlways);
    expect(read).toContain('link, 09 2525 0111');
    expect(read.indexOf('link, Call 112')).toBeLessThan(read.indexOf('link, 09 2525 0111'));
  });

  it('Shift presses announce how many more are needed', async () => {
    await virtual.clearSpokenPhraseLog();
    await userEvent.keyboard('{Shift}');
    expect(await virtual.spokenPhraseLog()).toEqual([`polite: ${EN.pressTwoMore}`]);
    await virtual.clearSpokenPhraseLog();
    await userEvent.keyboard('{Shift}');
    expect(await virtual.spokenPhraseLog()).toEqual([`polite: ${EN.pressOneMore}`]);
    expect(screen.getByRole('link', { name: EN.quickExit })).toBeVisible();
  });
});

// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EARLY_PRESS } from '../../src/citizen/earlyPress';
import { PRESS_LOCK_MS } from '../../src/citizen/usePressGuard';
import { renderApp } from './renderApp';

const heading = () => screen.getByRole('heading', { level: 1 });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(new Date('2023-04-11T10:00:00+03:00'));
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  document.body.removeAttribute(EARLY_PRESS);
  vi.useRealTimers();
});

describe('an answer pressed before the app ran (src/citizen/earlyPress.ts)', () => {
  it('is made once the flow is on screen, through the double-tap lock', () => {
    document.body.setAttribute(EARLY_PRESS, 'situation crisis');
    const entries = window.history.length;
    renderApp({ language: 'en', pressLockMs: PRESS_LOCK_MS });
    expect(heading()).toHaveTextContent('How urgent is it?');
    expect(document.body.hasAttribute(EARLY_PRESS)).toBe(false);
    // One answer, one history entry, and nothing in the address.
    expect(window.history.length).toBe(entries + 1);
    expect(window.location.href).toBe('http://localhost:3000/');
  });

  for (const [what, note] of [
    ['an answer this screen does not offer', 'urgency cannot-wait'],
    ['an unknown answer', 'situation lottery'],
    ['a note that is not a pair', 'situation'],
    ['a note made to look like a selector', 'situation"],button[value="crisis'],
  ] as const) {
    it(`drops ${what}, and the note with it`, () => {
      document.body.setAttribute(EARLY_PRESS, note);
      renderApp({ language: 'en', pressLockMs: PRESS_LOCK_MS });
      expect(heading()).toHaveTextContent('What is the matter about?');
      expect(document.body.hasAttribute(EARLY_PRESS)).toBe(false);
    });
  }

  it('is not made again when the app renders a second time', () => {
    document.body.setAttribute(EARLY_PRESS, 'situation crisis');
    const first = renderApp({ language: 'en', pressLockMs: PRESS_LOCK_MS });
    first.unmount();
    window.history.replaceState(null, '', '/');
    renderApp({ language: 'en', pressLockMs: PRESS_LOCK_MS });
    expect(heading()).toHaveTextContent('What is the matter about?');
  });
});

// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRESS_LOCK_MS } from '../../src/citizen/usePressGuard';
import { renderApp } from './renderApp';

const tap = (button: HTMLElement) => {
  fireEvent.pointerDown(button);
  fireEvent.click(button, { detail: 1 });
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(new Date('2023-04-11T10:00:00+03:00'));
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a press counts only on the screen it was meant for', () => {
  it('takes a tap on the first screen at once: it was on view before the script ran', () => {
    renderApp({ language: 'en', pressLockMs: PRESS_LOCK_MS });
    tap(screen.getByRole('button', { name: /A shock or a crisis/ }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How urgent is it?');
  });

  it('refuses a tap right after the screen changed, and takes one after the lock', () => {
    renderApp({ language: 'en', pressLockMs: PRESS_LOCK_MS });
    tap(screen.getByRole('button', { name: /A shock or a crisis/ }));
    act(() => {
      vi.advanceTimersByTime(PRESS_LOCK_MS - 50);
    });
    tap(screen.getByRole('button', { name: /It cannot wait/ }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How urgent is it?');
    act(() => {
      vi.advanceTimersByTime(100);
    });
    tap(screen.getByRole('button', { name: /It cannot wait/ }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Where is the situation happening?',
    );
  });

  it('refuses a press whose pointer went down before the screen changed', () => {
    renderApp({ language: 'en', pressLockMs: PRESS_LOCK_MS });
    const crisis = screen.getByRole('button', { name: /A shock or a crisis/ });
    fireEvent.pointerDown(crisis);
    fireEvent.click(crisis, { detail: 1 });
    act(() => {
      vi.advanceTimersByTime(PRESS_LOCK_MS + 100);
    });
    // The click of a press that began on the earlier screen.
    fireEvent.click(screen.getByRole('button', { name: /It cannot wait/ }), { detail: 1 });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How urgent is it?');
  });

  it('never slows the keyboard: a key press right after a change is taken', () => {
    renderApp({ language: 'en', pressLockMs: PRESS_LOCK_MS });
    fireEvent.click(screen.getByRole('button', { name: /A shock or a crisis/ }), { detail: 0 });
    fireEvent.click(screen.getByRole('button', { name: /It cannot wait/ }), { detail: 0 });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Where is the situation happening?',
    );
  });

  it('keeps a stray tap off the outcome too: no call starts, no answer changes', () => {
    renderApp({ language: 'en', pressLockMs: PRESS_LOCK_MS });
    fireEvent.click(screen.getByRole('button', { name: /A shock or a crisis/ }), { detail: 0 });
    fireEvent.click(screen.getByRole('button', { name: /It cannot wait/ }), { detail: 0 });
    fireEvent.click(screen.getByRole('button', { name: 'Loppi' }), { detail: 0 });
    const call = screen.getByRole('link', { name: /03 621 7100/ });
    const clicked = new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1 });
    fireEvent.pointerDown(call);
    call.dispatchEvent(clicked);
    expect(clicked.defaultPrevented).toBe(true);
  });
});

// @vitest-environment jsdom
/**
 * The press that starts a change holds every other press until the next screen is on view: the
 * next screen renders in a transition (useFlow.ts), and a second answer in that time would answer
 * the same question again, unseen.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PressLockContext, usePressGuard } from '../../src/citizen/usePressGuard';

/** A screen with one action that starts a change, and a counter of the presses that counted. */
function Harness({ screenKey }: { screenKey: string }) {
  const { ref, hold, handlers } = usePressGuard(screenKey);
  const [counted, setCounted] = useState(0);
  return (
    <div data-testid="flow" data-ready="false" ref={ref} {...handlers}>
      <button
        type="button"
        onClick={() => {
          hold();
          setCounted((n) => n + 1);
        }}
      >
        Answer
      </button>
      <output>{counted}</output>
    </div>
  );
}

const renderHarness = (screenKey: string) =>
  render(
    <PressLockContext.Provider value={0}>
      <Harness screenKey={screenKey} />
    </PressLockContext.Provider>,
  );

const press = () => {
  fireEvent.click(screen.getByRole('button', { name: 'Answer' }), { detail: 0 });
};
const counted = () => Number(screen.getByRole('status').textContent);
const ready = () => screen.getByTestId('flow').dataset.ready;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['performance', 'setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('while the next screen renders', () => {
  it('takes the first press, then holds every press, the keyboard’s too', () => {
    renderHarness('urgency:1:1');
    expect(ready()).toBe('true');
    press();
    expect(counted()).toBe(1);
    expect(ready()).toBe('false');
    press();
    press();
    expect(counted()).toBe(1);
  });

  it('lets presses count again once the next screen is on view', () => {
    const { rerender } = renderHarness('urgency:1:1');
    press();
    rerender(
      <PressLockContext.Provider value={0}>
        <Harness screenKey="municipality:2:2" />
      </PressLockContext.Provider>,
    );
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(ready()).toBe('true');
    press();
    expect(counted()).toBe(2);
  });

  it('never holds for good: a change that shows no new screen frees presses after 2 s', () => {
    renderHarness('urgency:1:1');
    press();
    act(() => {
      vi.advanceTimersByTime(1_900);
    });
    press();
    expect(counted()).toBe(1);
    act(() => {
      vi.advanceTimersByTime(200);
    });
    press();
    expect(counted()).toBe(2);
  });
});

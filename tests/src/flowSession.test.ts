// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentSession, endSession, LEFT_EVENT } from '../../src/citizen/flowSession';

afterEach(() => {
  vi.restoreAllMocks();
  window.sessionStorage.clear();
});

describe('the session that the quick exit ends', () => {
  it('is the same for the whole tab until the exit, and new after it', () => {
    const first = currentSession();
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(currentSession()).toBe(first);
    const left = vi.fn();
    window.addEventListener(LEFT_EVENT, left);
    endSession();
    window.removeEventListener(LEFT_EVENT, left);
    expect(left).toHaveBeenCalledTimes(1);
    const second = currentSession();
    expect(second).not.toBe(first);
    expect(currentSession()).toBe(second);
  });

  it('lives in sessionStorage, so a reload of the tab keeps it', () => {
    const id = currentSession();
    expect(window.sessionStorage.getItem('kenelleSoitan.session')).toBe(id);
  });

  it('still ends where storage is refused', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const first = currentSession();
    expect(currentSession()).toBe(first);
    endSession();
    expect(currentSession()).not.toBe(first);
  });
});

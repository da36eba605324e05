// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useEventListener } from '../../src/app/useEventListener';

function Listener({ onEvent, label }: { onEvent: (label: string) => void; label: string }) {
  useEventListener('window', 'kenelle-test', () => {
    onEvent(label);
  });
  return null;
}

describe('useEventListener', () => {
  it('calls the latest handler, listens once, and stops when the component goes', () => {
    const seen = vi.fn();
    const added = vi.spyOn(window, 'addEventListener');
    const { rerender, unmount } = render(<Listener onEvent={seen} label="first" />);
    window.dispatchEvent(new Event('kenelle-test'));
    rerender(<Listener onEvent={seen} label="second" />);
    window.dispatchEvent(new Event('kenelle-test'));
    expect(seen.mock.calls).toEqual([['first'], ['second']]);
    expect(added.mock.calls.filter(([type]) => type === 'kenelle-test')).toHaveLength(1);
    unmount();
    window.dispatchEvent(new Event('kenelle-test'));
    expect(seen).toHaveBeenCalledTimes(2);
    added.mockRestore();
  });
});

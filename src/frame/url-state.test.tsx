// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { intField } from './schema';
import { useUrlState } from './url-state';
import { WidgetContext } from './WidgetContext';

const schema = { n: intField(5, 0, 10), k: intField(1, 0, 10) };

function Counter() {
  const [{ n, k }, update] = useUrlState(schema);
  return (
    <button type="button" onClick={() => update({ n: n + 1 })}>
      n={n} k={k}
    </button>
  );
}

const renderCounter = (id: string, preset?: string) =>
  render(
    <WidgetContext.Provider
      value={{
        id,
        ...(preset === undefined ? {} : { preset: new URLSearchParams(preset) }),
        markReady: () => {},
        registerState: () => {},
      }}
    >
      <Counter />
    </WidgetContext.Provider>,
  );

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/page/?other.n=7#widget-demo');
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('useUrlState', () => {
  it('writes nothing when a widget starts, with defaults, a preset or a bad value in the URL', () => {
    const replace = vi.spyOn(history, 'replaceState');
    renderCounter('plain');
    renderCounter('gallery', 'n=8&k=3');
    history.replaceState(null, '', '/page/?bad.n=abc&other.n=7#widget-demo');
    replace.mockClear();
    renderCounter('bad');
    act(() => vi.advanceTimersByTime(5_000));
    expect(screen.getByText('n=8 k=3')).toBeTruthy();
    expect(screen.getAllByText('n=5 k=1')).toHaveLength(2);
    expect(replace).not.toHaveBeenCalled();
    expect(location.search).toBe('?bad.n=abc&other.n=7');
  });

  it("writes a reader's change once it settles, only this widget's keys, in place", () => {
    const replace = vi.spyOn(history, 'replaceState');
    const push = vi.spyOn(history, 'pushState');
    renderCounter('demo');
    const button = screen.getByRole('button');
    fireEvent.click(button);
    act(() => vi.advanceTimersByTime(100));
    fireEvent.click(button);
    act(() => vi.advanceTimersByTime(200));
    expect(replace).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(100));
    expect(replace).toHaveBeenCalledTimes(1);
    expect(push).not.toHaveBeenCalled();
    expect(`${location.pathname}${location.search}${location.hash}`).toBe(
      '/page/?other.n=7&demo.n=7#widget-demo',
    );
  });

  it("writes a gallery widget's whole state once the reader changes it, so the link reproduces it", () => {
    renderCounter('gallery', 'n=8&k=3');
    fireEvent.click(screen.getByRole('button'));
    act(() => vi.advanceTimersByTime(300));
    expect(location.search).toBe('?other.n=7&gallery.n=9&gallery.k=3');
  });
});

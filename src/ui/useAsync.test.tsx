// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAsync } from './useAsync';

/** A promise and the functions that settle it, for a test to settle when it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('useAsync', () => {
  it('is loading, then ready with the value, and the same object on every render in between', async () => {
    const load = deferred<number>();
    const { result, rerender } = renderHook(() => useAsync(() => load.promise, []));
    const loading = result.current;
    expect(loading).toEqual({ status: 'loading' });
    rerender();
    expect(result.current).toBe(loading);
    await act(async () => load.resolve(7));
    const ready = result.current;
    expect(ready).toEqual({ status: 'ready', value: 7 });
    rerender();
    expect(result.current).toBe(ready);
  });

  it('says why it failed, as an Error', async () => {
    const load = deferred<number>();
    const { result } = renderHook(() => useAsync(() => load.promise, []));
    await act(async () => load.reject('no network'));
    expect(result.current).toEqual({ status: 'failed', error: new Error('no network') });
  });

  it('drops an outcome that arrives after newer deps', async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    const { result, rerender } = renderHook(
      ({ n }) => useAsync(() => (n === 1 ? first : second).promise, [n]),
      {
        initialProps: { n: 1 },
      },
    );
    rerender({ n: 2 });
    await act(async () => second.resolve('second'));
    await act(async () => first.resolve('first'));
    expect(result.current).toEqual({ status: 'ready', value: 'second' });
  });
});

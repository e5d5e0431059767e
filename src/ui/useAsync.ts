import { useEffect, useState, type DependencyList } from 'react';

/** What a promise a component waits for has come to. */
export type AsyncState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: Error };

/**
 * The outcome of `load()`, started on mount and again when `deps` change; an outcome that arrives after
 * the component has gone, or after newer deps, is dropped.
 */
export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) =>
        live &&
        setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deps` are the caller's, as with useEffect
  }, deps);
  return state;
}

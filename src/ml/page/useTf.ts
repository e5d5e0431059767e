import { useEffect, useState } from 'react';
import { loadTf } from '../tf/load-tf';
import type { TfRuntime } from '../types';

export type TfState =
  { status: 'loading' } | { status: 'ready'; runtime: TfRuntime } | { status: 'failed'; error: Error };

/** TF.js for a widget: starts loading on mount and re-renders when it is ready or has failed. */
export function useTf(): TfState {
  const [state, setState] = useState<TfState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadTf().then(
      (runtime) => live && setState({ status: 'ready', runtime }),
      (error: unknown) =>
        live &&
        setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

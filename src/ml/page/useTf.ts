import { useMemo } from 'react';
import { useAsync } from '../../ui/useAsync';
import { loadTf } from '../tf/load-tf';
import type { TfRuntime } from '../types';

export type TfState =
  { status: 'loading' } | { status: 'ready'; runtime: TfRuntime } | { status: 'failed'; error: Error };

/** TF.js for a widget: starts loading on mount and re-renders when it is ready or has failed. */
export function useTf(): TfState {
  const state = useAsync(loadTf, []);
  // one object per outcome: widgets' effects depend on it
  return useMemo(
    () => (state.status === 'ready' ? { status: 'ready', runtime: state.value } : state),
    [state],
  );
}

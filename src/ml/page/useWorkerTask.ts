import { useEffect, useRef, useState } from 'react';
import type { ProgressEvent } from '../protocol/messages';
import type { TaskMap, TaskSpec } from '../protocol/task-map';
import type { Outcome } from './task-client';
import type { TaskWorker } from './task-worker';

/** Where a widget's task stands: `running` carries the latest report, `done` and `stopped` the result. */
export type WorkerTaskState<S extends TaskSpec> =
  | { status: 'idle' }
  | { status: 'running'; progress: ProgressEvent<S> | undefined }
  | { status: 'done' | 'stopped'; result: S['result']; backend: string }
  | { status: 'error'; message: string };

/** What a widget may hear of one run, besides the state: each report, and how the run ended. */
export interface RunHandlers<S extends TaskSpec> {
  onProgress?(event: ProgressEvent<S>): void;
  onOutcome?(outcome: Outcome<S['result']>): void;
}

export type WorkerTask<S extends TaskSpec> = WorkerTaskState<S> & {
  /** starts a run (stopping one still going, whose messages are ignored from then on) */
  start(config: S['config'], handlers?: RunHandlers<S>): void;
  /** asks the run to stop: it ends as `stopped`, with what it reached */
  stop(): void;
};

/**
 * One task run at a time in a widget's own worker, as React state. The worker starts on the first
 * `start` (a widget that never trains never loads one) and ends when the component unmounts; a
 * stopped or replaced run's late messages, and anything after unmount, are ignored.
 */
export function useWorkerTask<T extends TaskMap<T>, K extends keyof T & string>(
  startWorker: () => TaskWorker<T>,
  task: K,
): WorkerTask<T[K]> {
  const worker = useRef<TaskWorker<T> | null>(null);
  const stopCurrent = useRef<(() => void) | null>(null);
  // the current run's number: a message of any other run is stale
  const current = useRef(0);
  const [state, setState] = useState<WorkerTaskState<T[K]>>({ status: 'idle' });

  useEffect(
    () => () => {
      current.current += 1;
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  const start = (config: T[K]['config'], { onProgress, onOutcome }: RunHandlers<T[K]> = {}) => {
    stopCurrent.current?.();
    const id = ++current.current;
    const live = () => id === current.current;
    worker.current ??= startWorker();
    const run = worker.current.run(task, config, (event) => {
      if (!live()) return;
      onProgress?.(event);
      setState({ status: 'running', progress: event });
    });
    stopCurrent.current = run.stop;
    setState({ status: 'running', progress: undefined });
    run.result.then(
      (outcome) => {
        if (!live()) return;
        onOutcome?.(outcome);
        const { result, backend } = outcome;
        setState({ status: outcome.stopped ? 'stopped' : 'done', result, backend });
      },
      (error: unknown) => {
        if (live())
          setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  return { ...state, start, stop: () => stopCurrent.current?.() };
}

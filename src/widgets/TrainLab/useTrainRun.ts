import { useState } from 'react';
import type { ModelName } from '../../models/training/model';
import {
  rememberedTrainingBackend,
  rememberTrainingBackend,
} from '../../ml/page/remembered-training-backend';
import { useReaderTask } from '../../ml/page/useReaderTask';
import type { WorkerTaskState } from '../../ml/page/useWorkerTask';
import type { Fallback, ReaderTasks, TrainRunResult } from '../../ml/protocol/reader-task-map';
import type { BackendName, Trial } from '../../ml/types';

export const SAMPLES = 1000;
export const BATCH = 32;
export const STEPS_PER_EPOCH = Math.ceil(SAMPLES / BATCH);

export interface RunRequest {
  model: ModelName;
  seed: number;
  epochs: number;
  /** the reader's backend, or undefined to let the worker measure */
  backend: BackendName | undefined;
}

export type RunStatus =
  | { kind: 'idle' }
  | { kind: 'choosing' }
  | { kind: 'running'; step: number; loss: number; backend: string }
  | { kind: 'done'; result: TrainRunResult; stopped: boolean }
  | { kind: 'failed'; message: string };

export interface TrainRunView {
  status: RunStatus;
  /** the loss at every reported step */
  losses: { step: number; loss: number }[];
  trials: Trial[];
  fallbacks: Fallback[];
  start(request: RunRequest): void;
  stop(): void;
}

/**
 * One training run at a time in the widget's own worker: its progress, the backends the worker timed,
 * and any fall-back. The backend the worker settles on is remembered for the tab.
 */
export function useTrainRun(): TrainRunView {
  const task = useReaderTask('train-model');
  const [latest, setLatest] = useState<Extract<RunStatus, { kind: 'running' }> | null>(null);
  const [losses, setLosses] = useState<{ step: number; loss: number }[]>([]);
  const [trials, setTrials] = useState<Trial[]>([]);
  const [fallbacks, setFallbacks] = useState<Fallback[]>([]);

  const start = ({ model, seed, epochs, backend }: RunRequest) => {
    setLosses([]);
    setFallbacks([]);
    setLatest(null);
    const preferred = backend ?? rememberedTrainingBackend(model);
    const config = {
      model,
      seed,
      samples: SAMPLES,
      batchSize: BATCH,
      learningRate: 1e-3,
      steps: epochs * STEPS_PER_EPOCH,
      ...(preferred && { preferred }),
    };
    task.start(config, {
      onProgress: ({ step, metrics, snapshot }) => {
        if ('trials' in snapshot) setTrials(snapshot.trials);
        if ('fallback' in snapshot) {
          const { fallback } = snapshot;
          setFallbacks((old) => [...old, fallback]);
          setLosses((old) => old.filter((point) => point.step <= fallback.resumedFrom));
        }
        const loss = metrics.loss;
        if (loss === undefined) return;
        setLosses((old) => [...old, { step, loss }]);
        setLatest({ kind: 'running', step, loss, backend: snapshot.backend });
      },
      onOutcome: ({ result }) => rememberTrainingBackend(model, result.backend),
    });
  };

  return { status: statusOf(task, latest), losses, trials, fallbacks, start, stop: task.stop };
}

/** The widget's words for the task's state: running is "choosing" until the first loss comes. */
function statusOf(
  task: WorkerTaskState<ReaderTasks['train-model']>,
  latest: Extract<RunStatus, { kind: 'running' }> | null,
): RunStatus {
  switch (task.status) {
    case 'idle':
      return { kind: 'idle' };
    case 'running':
      return latest ?? { kind: 'choosing' };
    case 'done':
    case 'stopped':
      return { kind: 'done', result: task.result, stopped: task.status === 'stopped' };
    case 'error':
      return { kind: 'failed', message: task.message };
  }
}

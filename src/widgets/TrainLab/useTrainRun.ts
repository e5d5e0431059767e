import { useEffect, useRef, useState } from 'react';
import type { ModelName } from '../../models/training/model';
import {
  rememberedTrainingBackend,
  rememberTrainingBackend,
} from '../../ml/page/remembered-training-backend';
import type { Run } from '../../ml/page/task-client';
import { startReaderWorker } from '../../ml/page/start-reader-worker';
import type { Fallback, TrainRunResult } from '../../ml/protocol/reader-task-map';
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
  const worker = useRef<ReturnType<typeof startReaderWorker> | null>(null);
  const run = useRef<Run<TrainRunResult> | null>(null);
  const [status, setStatus] = useState<RunStatus>({ kind: 'idle' });
  const [losses, setLosses] = useState<{ step: number; loss: number }[]>([]);
  const [trials, setTrials] = useState<Trial[]>([]);
  const [fallbacks, setFallbacks] = useState<Fallback[]>([]);

  useEffect(() => () => worker.current?.terminate(), []);

  const start = ({ model, seed, epochs, backend }: RunRequest) => {
    worker.current ??= startReaderWorker();
    setLosses([]);
    setFallbacks([]);
    setStatus({ kind: 'choosing' });
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
    run.current = worker.current.run('train-model', config, ({ step, metrics, snapshot }) => {
      if ('trials' in snapshot) setTrials(snapshot.trials);
      if ('fallback' in snapshot) {
        const { fallback } = snapshot;
        setFallbacks((old) => [...old, fallback]);
        setLosses((old) => old.filter((point) => point.step <= fallback.resumedFrom));
      }
      const loss = metrics.loss;
      if (loss === undefined) return;
      setLosses((old) => [...old, { step, loss }]);
      setStatus({ kind: 'running', step, loss, backend: snapshot.backend });
    });
    run.current.result.then(
      ({ result, stopped }) => {
        rememberTrainingBackend(model, result.backend);
        setStatus({ kind: 'done', result, stopped });
      },
      (error: Error) => setStatus({ kind: 'failed', message: error.message }),
    );
  };

  return { status, losses, trials, fallbacks, start, stop: () => run.current?.stop() };
}

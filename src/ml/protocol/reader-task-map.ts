import type { FitKernelConfig, FitKernelResult } from '../../models/fit-kernel';
import type { TrainRunConfig } from '../../models/training/train-config';
import type { BackendName, Trial } from '../types';
import type { NoMetrics } from './task-map';

/** fit-kernel reports progress on its first step and every this many steps after */
export const PROGRESS_EVERY = 5;

/** train-model saves the weights (for a fall-back) and reports progress every this many steps */
export const SAVE_EVERY = 5;

/** A train-model config: the run, and the backend the reader chose, if any (kept if it works). */
export interface TrainModelConfig extends TrainRunConfig {
  preferred?: BackendName;
}

export interface Fallback {
  from: string;
  to: BackendName;
  /** the step that failed; the run went on from the weights saved at `resumedFrom` */
  step: number;
  resumedFrom: number;
  reason: string;
}

/** What a train-model run shows the page as it goes. */
export type TrainModelProgress =
  /** before the first step: the backend chosen, and how each backend did on a timed step */
  | { metrics: NoMetrics; snapshot: { backend: BackendName; trials: Trial[] } }
  /** a saved step (the first, then every SAVE_EVERY) */
  | { metrics: { loss: number; epoch: number }; snapshot: { backend: string } }
  /** the backend failed: the run goes on on `backend` from the weights saved at `fallback.resumedFrom` */
  | { metrics: NoMetrics; snapshot: { backend: string; fallback: Fallback } };

export interface TrainRunResult {
  losses: number[];
  /** each step's wall time in ms in the worker: saving weights, reporting and yielding included */
  stepMs: number[];
  backend: string;
  fallbacks: Fallback[];
  /** tensors alive at the end beyond those alive after the first step (the optimiser's slots): 0 */
  leakedTensors: number;
}

/** The tasks of the reader's worker: what each takes, reports and answers. */
export type ReaderTasks = {
  /** learns a 1-D kernel; each report carries the loss and the kernel so far */
  'fit-kernel': {
    config: FitKernelConfig;
    progress: { metrics: { loss: number }; snapshot: number[] };
    result: FitKernelResult;
  };
  /** trains one of the book's models on the backend that trains it fastest here */
  'train-model': { config: TrainModelConfig; progress: TrainModelProgress; result: TrainRunResult };
};

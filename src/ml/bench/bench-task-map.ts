import type { TrainModelConfig, TrainModelProgress, TrainRunResult } from '../protocol/reader-task-map';
import type { BackendName } from '../types';

/** A train-model config as the bench sends it: narrowed to some backends, wasm stock or with the book's kernels. */
export interface BenchTrainModelConfig extends TrainModelConfig {
  /** consider only these backends */
  only?: BackendName[];
  /** wasm without the book's kernels (and without fused Adam), to compare with stock TF.js */
  stock?: boolean;
}

/** The bench worker's tasks: the reader's train-model with the bench's options, and the matMul yardstick. */
export type BenchTasks = {
  'train-model': { config: BenchTrainModelConfig; progress: TrainModelProgress; result: TrainRunResult };
  /** the current backend's matMul GFLOP/s, the yardstick of the training benchmarks */
  'matmul-peak': { config: Record<string, never>; progress: never; result: number };
};

import type { ModelName } from '../../models/training/model';
import type { TrainRunResult } from '../protocol/reader-task-map';
import type { BenchTrainModelConfig } from './bench-task-map';
import type { BackendName } from '../types';
import { BENCH_BATCH, BENCH_SAMPLES, failedRow, trainingRow, type TrainingRow } from './training-rows';

export const BENCH_MODELS: ModelName[] = ['reference-cnn', 'residual-8x16', 'lstm-64x30'];

/**
 * steps to time per row: 100 (the leak check's count), or fewer where a step is slow (the residual
 * net's step takes about 1 s on wasm and 40–100 s on cpu)
 */
export const stepsFor = (model: ModelName, backend: string) =>
  model === 'residual-8x16' ? ({ wasm: 6, webgl: 3 }[backend] ?? 1) : backend === 'cpu' ? 12 : 100;

/** A train-model task config for one benchmark row. */
export const benchConfig = (
  model: ModelName,
  backend: BackendName,
  stock: boolean,
): BenchTrainModelConfig => ({
  model,
  seed: 1,
  samples: BENCH_SAMPLES,
  batchSize: BENCH_BATCH,
  learningRate: 1e-3,
  steps: stepsFor(model, backend) + 1,
  only: [backend],
  stock,
});

/**
 * Every row for one environment: each backend × model, stock TF.js and the book's kernels. `train`
 * runs one train-model task (in a worker in Chromium, in process in Node) and reports its long tasks;
 * `peak` measures the matMul peak of the backend that task left current, once per backend.
 */
export async function benchRows(
  env: 'chromium' | 'node',
  { backends, models = BENCH_MODELS }: { backends: BackendName[]; models?: ModelName[] },
  train: (config: BenchTrainModelConfig) => Promise<{ result: TrainRunResult; longTasks: number | null }>,
  measurePeak: () => Promise<number>,
  log: (row: TrainingRow) => void = () => {},
): Promise<TrainingRow[]> {
  const rows: TrainingRow[] = [];
  for (const backend of backends) {
    let peak: number | null = null;
    for (const model of models)
      for (const stock of [true, false]) {
        const fields = { model, backend, env, stock };
        let row: TrainingRow;
        try {
          const { result, longTasks } = await train(benchConfig(model, backend, stock));
          peak ??= await measurePeak();
          row = trainingRow({ ...fields, longTasks }, result.stepMs, result.leakedTensors, peak);
        } catch (error) {
          row = failedRow(fields, error instanceof Error ? error.message : String(error), peak);
        }
        rows.push(row);
        log(row);
      }
  }
  return rows;
}

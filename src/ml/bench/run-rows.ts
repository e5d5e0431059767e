import type { ModelName } from '../../models/training/model';
import type { TrainRunResult } from '../protocol/reader-task-map';
import type { BenchTrainModelConfig } from './bench-task-map';
import type { BackendName } from '../types';
import {
  BENCH_BATCH,
  BENCH_SAMPLES,
  failedRow,
  overBudgetRow,
  trainingRow,
  type TrainingRow,
} from './training-rows';

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
 * Each row's time budget, start-up and warm-up included: a row still running then is reported as over
 * budget rather than waited for (one timed cpu step of the residual net once took 21 minutes).
 */
export const ROW_BUDGET_S = 60;

/** How one environment trains a row: the run, and how to abandon it once it is over budget. */
export interface RowRunner {
  train: (
    config: ReturnType<typeof benchConfig>,
  ) => Promise<{ result: TrainRunResult; longTasks: number | null }>;
  /** stops the run in progress (Chromium ends its worker; Node stops at the next step) */
  abandon: () => Promise<void>;
}

const OVER_BUDGET = Symbol('over budget');

/** The run, or OVER_BUDGET once `budgetS` has passed (and the run is abandoned). */
async function withinBudget<T>(run: Promise<T>, budgetS: number, abandon: () => Promise<void>) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const over = new Promise<typeof OVER_BUDGET>((resolve) => {
    timer = setTimeout(() => resolve(OVER_BUDGET), budgetS * 1000);
  });
  try {
    const outcome = await Promise.race([run, over]);
    if (outcome === OVER_BUDGET) {
      run.catch(() => {});
      await abandon();
    }
    return outcome;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Every row for one environment: each backend × model, stock TF.js and the book's kernels. `runner`
 * runs one train-model task (in a worker in Chromium, in process in Node) and reports its long tasks;
 * `peak` measures the matMul peak of the backend that task left current, once per backend.
 */
export async function benchRows(
  env: 'chromium' | 'node',
  { backends, models = BENCH_MODELS }: { backends: BackendName[]; models?: ModelName[] },
  runner: RowRunner,
  measurePeak: () => Promise<number>,
  log: (row: TrainingRow) => void = () => {},
  budgetS = ROW_BUDGET_S,
): Promise<TrainingRow[]> {
  const rows: TrainingRow[] = [];
  for (const backend of backends) {
    let peak: number | null = null;
    for (const model of models)
      for (const stock of [true, false]) {
        const fields = { model, backend, env, stock };
        let row: TrainingRow;
        try {
          const outcome = await withinBudget(
            runner.train(benchConfig(model, backend, stock)),
            budgetS,
            runner.abandon,
          );
          if (outcome === OVER_BUDGET) {
            row = overBudgetRow(fields, budgetS, peak);
          } else {
            peak ??= await measurePeak();
            row = trainingRow(
              { ...fields, longTasks: outcome.longTasks },
              outcome.result.stepMs,
              outcome.result.leakedTensors,
              peak,
            );
          }
        } catch (error) {
          row = failedRow(fields, error instanceof Error ? error.message : String(error), peak);
        }
        rows.push(row);
        log(row);
      }
  }
  return rows;
}

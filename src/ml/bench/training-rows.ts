import { seededRandom } from '../../models/random';
import { TRAINING_FLOPS } from '../../models/training/trainer';
import type { ModelName } from '../../models/training/model';
import type { Tf } from '../types';

/** One row of `training` in bench/results.json. */
export interface TrainingRow {
  model: ModelName;
  backend: string;
  env: 'chromium' | 'node';
  stock: boolean;
  epochSeconds: number | null;
  samplesPerSecond: number | null;
  gflops: number | null;
  peakGflops: number | null;
  utilisation: number | null;
  /** main-thread tasks over 50 ms while the worker trained (Chromium only) */
  longTasks: number | null;
  leakedTensors: number | null;
  /** optimiser steps timed (the first, warm-up step excluded); an epoch is extrapolated from them */
  measuredSteps: number;
  error?: string;
  /** the row ran past its time budget (budgetS, in seconds) and was stopped unmeasured */
  overBudget?: true;
  budgetS?: number;
}

export const BENCH_SAMPLES = 1000;
export const BENCH_BATCH = 32;
const PEAK_SIZE = 512;

/**
 * The backend's matMul peak here: a 512² product, warmed up, then the best of five, read back each
 * time. The yardstick for a training run's achieved GFLOP/s.
 */
export async function matMulPeakGflops(tf: Tf): Promise<number> {
  const random = seededRandom(1);
  const a = tf.tensor2d(
    Float32Array.from({ length: PEAK_SIZE ** 2 }, () => random() * 2 - 1),
    [PEAK_SIZE, PEAK_SIZE],
  );
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    const c = tf.matMul(a, a);
    await c.data();
    c.dispose();
    times.push(performance.now() - t0);
  }
  a.dispose();
  const best = Math.min(...times.slice(1));
  return (2 * PEAK_SIZE ** 3) / (best * 1e6);
}

const round = (value: number, digits = 3) => Number(value.toPrecision(digits));

/** A row from the per-step times of a run (its first step, which warms up, left out). */
export function trainingRow(
  fields: Pick<TrainingRow, 'model' | 'backend' | 'env' | 'stock' | 'longTasks'>,
  stepMs: number[],
  leakedTensors: number,
  peakGflops: number,
): TrainingRow {
  const timed = stepMs.slice(1);
  const msPerStep = timed.reduce((a, b) => a + b, 0) / timed.length;
  const samplesPerSecond = (BENCH_BATCH * 1000) / msPerStep;
  const epochSeconds = (Math.ceil(BENCH_SAMPLES / BENCH_BATCH) * msPerStep) / 1000;
  const gflops = (samplesPerSecond * TRAINING_FLOPS[fields.model]) / 1e9;
  return {
    ...fields,
    epochSeconds: round(epochSeconds),
    samplesPerSecond: round(samplesPerSecond),
    gflops: round(gflops),
    peakGflops: round(peakGflops),
    utilisation: round(gflops / peakGflops, 2),
    leakedTensors,
    measuredSteps: timed.length,
  };
}

/** A row with nothing measured: it failed, or ran past its budget. */
function unmeasuredRow(
  fields: Pick<TrainingRow, 'model' | 'backend' | 'env' | 'stock'>,
  peakGflops: number | null,
): TrainingRow {
  return {
    ...fields,
    epochSeconds: null,
    samplesPerSecond: null,
    gflops: null,
    peakGflops: peakGflops === null ? null : round(peakGflops),
    utilisation: null,
    longTasks: null,
    leakedTensors: null,
    measuredSteps: 0,
  };
}

export const overBudgetRow = (
  fields: Pick<TrainingRow, 'model' | 'backend' | 'env' | 'stock'>,
  budgetS: number,
  peakGflops: number | null,
): TrainingRow => ({ ...unmeasuredRow(fields, peakGflops), overBudget: true, budgetS });

export const failedRow = (
  fields: Pick<TrainingRow, 'model' | 'backend' | 'env' | 'stock'>,
  error: string,
  peakGflops: number | null,
): TrainingRow => ({ ...unmeasuredRow(fields, peakGflops), error });

import type { ModelName } from '../models/training/model';
import { Trainer } from '../models/training/trainer';
import { chooseBackend } from './choose-backend';
import type { BackendCandidate, BackendName, Tf, Trial } from './types';
import { adamFor } from './wasm-training/fused-adam';
import { registerWasmTrainingKernels, restoreStockWasmKernels } from './wasm-training/register';

const START_TIMEOUT_MS = 10_000;
/** a benchmark batch: big enough to time, small enough to cost a few steps on the slowest backend */
const BENCHMARK_BATCH = 32;

/**
 * The backends for training: the same as for inference, except that wasm gets the book's gradient
 * kernels (without them it cannot train a conv net), or, for comparisons, keeps its own (`stock`).
 */
export function trainingCandidates(
  tf: Tf,
  candidates: readonly BackendCandidate[],
  stock = false,
): BackendCandidate[] {
  return candidates.map((candidate) =>
    candidate.name === 'wasm'
      ? {
          ...candidate,
          register: async () => {
            await candidate.register();
            if (stock) restoreStockWasmKernels(tf);
            else registerWasmTrainingKernels(tf);
          },
        }
      : candidate,
  );
}

/** The time of one real training step of `model` on the current backend: one step to warm up, then the faster of two. */
export function trainingStepBenchmark(model: ModelName, stock = false) {
  return async (tf: Tf): Promise<number> => {
    const trainer = new Trainer(
      tf,
      {
        model,
        seed: 0,
        samples: 2 * BENCHMARK_BATCH,
        batchSize: BENCHMARK_BATCH,
        learningRate: 1e-3,
      },
      { adam: adamFor(tf, stock) },
    );
    try {
      await trainer.step();
      const times: number[] = [];
      for (let i = 0; i < 2; i++) {
        const t0 = performance.now();
        await trainer.step();
        times.push(performance.now() - t0);
      }
      return Math.min(...times);
    } finally {
      trainer.dispose();
    }
  };
}

export interface TrainingBackend {
  backend: BackendName;
  trials: Trial[];
  /**
   * where a run goes if its backend fails: the others that worked, fastest first, then those not
   * tried (a preferred backend that works ends the search early)
   */
  fallbacks: BackendCandidate[];
}

/**
 * Picks the backend that trains `model` fastest here, by timing a real training step on every backend
 * the browser offers (no fixed order: a GPU's webgl can beat wasm, a software one cannot). A
 * `preferred` backend (the reader's choice) is kept if it works. The losers stay started, for a
 * fall-back mid-run.
 */
export async function chooseTrainingBackend(
  tf: Tf,
  candidates: readonly BackendCandidate[],
  model: ModelName,
  { preferred, stock = false }: { preferred?: BackendName | undefined; stock?: boolean } = {},
): Promise<TrainingBackend> {
  const { backend, trials } = await chooseBackend(tf, candidates, {
    timeoutMs: START_TIMEOUT_MS,
    benchmark: trainingStepBenchmark(model, stock),
    preferred,
    keepOthers: true,
  });
  const timed = trials
    .filter((t): t is { name: BackendName; ms: number } => 'ms' in t && t.name !== backend)
    .sort((a, b) => a.ms - b.ms);
  const untried = candidates.filter((c) => c.offered() && !trials.some((t) => t.name === c.name));
  const fallbacks = [
    ...timed.map((t) => candidates.find((c) => c.name === t.name) as BackendCandidate),
    ...untried,
  ];
  return { backend, trials, fallbacks };
}

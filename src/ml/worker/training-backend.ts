import type { ModelName } from '../../models/training/model';
import { Trainer, type AdamFactory } from '../../models/training/trainer';
import { chooseBackend, type BenchmarkRuns, type CutOff } from '../tf/choose-backend';
import type { BackendCandidate, BackendName, Tf, Trial } from '../types';
import { adamFor } from '../wasm-training/fused-adam';
import { registerWasmTrainingKernels } from '../wasm-training/register';

const START_TIMEOUT_MS = 10_000;
/**
 * Once one backend has a step time, a later one's timed step (never its warm-up, which may compile
 * shaders for seconds) is stopped at 8× that time, or at half a second if that is longer. The winner
 * stays the same whatever the order: a stopped backend is slower than one already measured, and a
 * slow backend tried first is simply timed to the end. 8×, as no backend 8× slower on one step could
 * win on the faster of two, when steps of the same model vary by well under 2× (a GC, a busy core);
 * and a software WebGL, 20–400× slower than wasm, is stopped within a second or two instead of
 * running to the 10 s limit. The floor keeps a small model's steps of a few ms from being judged on
 * the jitter of a read-back (a GPU's fence is polled every few ms) and costs at most half a second.
 */
const STEP_CUT_OFF: CutOff = { factor: 8, floorMs: 500 };
/** a benchmark batch: big enough to time, small enough to cost a few steps on the slowest backend */
const BENCHMARK_BATCH = 32;

/** How wasm trains: the kernels it runs (set once it has started) and the Adam a trainer uses. */
export interface WasmTraining {
  /** names the setup, for the worker's cache of backend choices */
  name: string;
  kernels(tf: Tf): void;
  adam(tf: Tf): AdamFactory;
}

/** The book's: its gradient kernels (without them wasm cannot train a conv net) and, on wasm, fused Adam. */
export const bookWasmTraining: WasmTraining = {
  name: 'book',
  kernels: registerWasmTrainingKernels,
  adam: (tf) => adamFor(tf),
};

/** The backends for training: the same as for inference, except that wasm trains as `wasm` says. */
export function trainingCandidates(
  tf: Tf,
  candidates: readonly BackendCandidate[],
  wasm: WasmTraining = bookWasmTraining,
): BackendCandidate[] {
  return candidates.map((candidate) =>
    candidate.name === 'wasm'
      ? {
          ...candidate,
          register: async () => {
            await candidate.register();
            wasm.kernels(tf);
          },
        }
      : candidate,
  );
}

/** The time of one real training step of `model` on the current backend: one step to warm up, then the faster of two. */
export function trainingStepBenchmark(model: ModelName, wasm: WasmTraining = bookWasmTraining) {
  return async (tf: Tf, runs: BenchmarkRuns): Promise<number> => {
    const trainer = new Trainer(
      tf,
      {
        model,
        seed: 0,
        samples: 2 * BENCHMARK_BATCH,
        batchSize: BENCHMARK_BATCH,
        learningRate: 1e-3,
      },
      { adam: wasm.adam(tf) },
    );
    const step = () => trainer.step();
    try {
      await runs.warmUp(step);
      return Math.min(await runs.time(step), await runs.time(step));
    } finally {
      trainer.dispose();
    }
  };
}

export interface TrainingBackend {
  backend: BackendName;
  trials: Trial[];
  /**
   * where a run goes if its backend fails: the others that worked, fastest first, then those passed
   * over as too slow (they work, only slowly), then those not tried (a preferred backend that works
   * ends the search early)
   */
  fallbacks: BackendCandidate[];
}

/**
 * Picks the backend that trains `model` fastest here, by timing a real training step on every backend
 * the browser offers (no fixed order: a GPU's webgl can beat wasm, a software one cannot), stopping
 * one once it is far slower than the best so far. A `preferred` backend (the reader's choice) is kept
 * if it works. The losers stay started, for a fall-back mid-run.
 */
export async function chooseTrainingBackend(
  tf: Tf,
  candidates: readonly BackendCandidate[],
  model: ModelName,
  { preferred, wasm = bookWasmTraining }: { preferred?: BackendName | undefined; wasm?: WasmTraining } = {},
): Promise<TrainingBackend> {
  const { backend, trials } = await chooseBackend(tf, candidates, {
    timeoutMs: START_TIMEOUT_MS,
    benchmark: trainingStepBenchmark(model, wasm),
    preferred,
    cutOff: STEP_CUT_OFF,
    keepOthers: true,
  });
  return { backend, trials, fallbacks: fallbacksAfter(candidates, trials, backend) };
}

/** The backends a run falls back to, in order (see `TrainingBackend.fallbacks`). */
export function fallbacksAfter(
  candidates: readonly BackendCandidate[],
  trials: readonly Trial[],
  chosen: BackendName,
): BackendCandidate[] {
  const timed = trials
    .filter((t): t is { name: BackendName; ms: number } => 'ms' in t && t.name !== chosen)
    .sort((a, b) => a.ms - b.ms);
  const passedOver = trials.filter((t) => 'passedOver' in t);
  const untried = candidates.filter((c) => c.offered() && !trials.some((t) => t.name === c.name));
  return [
    ...[...timed, ...passedOver].map((t) => candidates.find((c) => c.name === t.name) as BackendCandidate),
    ...untried,
  ];
}

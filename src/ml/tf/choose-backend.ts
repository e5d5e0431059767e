import type { Tensor2D, Tensor4D } from '@tensorflow/tfjs-core';
import type { BackendCandidate, BackendName, SlowerThan, Tf, Trial } from '../types';
import { withLimit, withTimeout } from './with-timeout';

/**
 * What a benchmark runs its workload through, so that the chooser can stop a run over its limit. A run
 * that is stopped rejects in the benchmark, which frees what it made and returns: only that one run
 * is left to finish on its own (its read-back), and it disposes its own result.
 */
export interface BenchmarkRuns {
  /** the first run, untimed: it may compile shaders or start wasm, so only the absolute limit applies */
  warmUp(run: () => Promise<unknown>): Promise<void>;
  /** a timed run: resolves to its time in ms once `run` has read its result back */
  time(run: () => Promise<unknown>): Promise<number>;
}

/** A later backend's timed run is stopped at `factor` times the best time so far, but never before `floorMs`. */
export interface CutOff {
  factor: number;
  floorMs: number;
}

export interface ChooseOptions {
  /** limit for each step of each backend: loading, starting, benchmarking (all its runs together) */
  timeoutMs: number;
  /**
   * a short real workload: one run through `runs.warmUp`, then timed runs through `runs.time`;
   * resolves to the time it reports
   */
  benchmark: (tf: Tf, runs: BenchmarkRuns) => Promise<number>;
  /** try this backend first, and keep it if it works (the reader's override, or the tab's last choice) */
  preferred?: BackendName | undefined;
  /**
   * a benchmark time so short that no other backend could make a difference the reader would notice:
   * the first backend under it is kept without starting the rest (default 0: always try them all)
   */
  goodEnoughMs?: number;
  /** pass over a backend once it is clearly slower than one already measured (default: time them all) */
  cutOff?: CutOff | undefined;
  /** keep the backends that lost, started, for a fall-back later (default: remove them to free memory) */
  keepOthers?: boolean;
}

/**
 * Starts the backends this browser offers, in the candidates' order, times the same small workload
 * on each, and keeps the fastest: on a laptop without a GPU that is usually wasm, on a real GPU
 * webgl. It stops early at a backend that is good enough, which spares the page the seconds a
 * software WebGL needs to compile its shaders. A backend that fails or hangs is passed over; cpu
 * always works. With a cut-off, a backend whose timed run is far slower than the best so far is
 * passed over too: the cut-off only ever stops a backend slower than one already measured, so it
 * shortens the choice without changing it, whatever the order. The other backends that started are
 * removed to free their memory, unless kept for a fall-back.
 */
export async function chooseBackend(
  tf: Tf,
  candidates: readonly BackendCandidate[],
  { timeoutMs, benchmark, preferred, goodEnoughMs = 0, cutOff, keepOthers = false }: ChooseOptions,
): Promise<{ backend: BackendName; trials: Trial[] }> {
  const offered = candidates.filter((c) => c.offered());
  const ordered = [
    ...offered.filter((c) => c.name === preferred),
    ...offered.filter((c) => c.name !== preferred),
  ];
  const trials: Trial[] = [];
  for (const candidate of ordered) {
    const limit = cutOff && cutOffAfter(trials, cutOff);
    const trial = await tryBackend(tf, candidate, timeoutMs, () =>
      benchmark(tf, limitedRuns(candidate.name, timeoutMs, limit)),
    );
    trials.push(trial);
    if ('ms' in trial && (candidate.name === preferred || trial.ms <= goodEnoughMs)) break;
  }
  const working = trials.filter(isTimed);
  if (!working.length)
    throw new Error(trials.map((t) => `${t.name}: ${'failed' in t ? t.failed : ''}`).join('; '));
  const best = working.find((t) => t.name === preferred) ?? fastest(working);
  if (tf.getBackend() !== best.name) await tf.setBackend(best.name);
  if (!keepOthers)
    for (const t of trials) if (!('failed' in t) && t.name !== best.name) tf.removeBackend(t.name);
  return { backend: best.name, trials };
}

const isTimed = (t: Trial): t is { name: BackendName; ms: number } => 'ms' in t;

const fastest = <T extends { ms: number }>(timed: T[]): T => timed.reduce((a, b) => (b.ms < a.ms ? b : a));

/** a timed run over `ms` is stopped, and its backend passed over as `slower` */
interface RunLimit {
  ms: number;
  slower: SlowerThan;
}

/** The limit of the next backend's timed runs, once some backend has been measured. */
function cutOffAfter(trials: readonly Trial[], { factor, floorMs }: CutOff): RunLimit | undefined {
  const timed = trials.filter(isTimed);
  if (!timed.length) return undefined;
  const best = fastest(timed);
  return { ms: Math.max(factor * best.ms, floorMs), slower: { than: best.name, factor } };
}

/** Thrown by a timed run over the cut-off: the backend works, it is only too slow to matter. */
class PassedOver extends Error {
  constructor(readonly slower: SlowerThan) {
    super(`over ${slower.factor}× slower than ${slower.than}`);
  }
}

/**
 * The runs of one backend's benchmark: all of them within `timeoutMs` together, and each timed one
 * within the cut-off. The cut-off is judged on the measured time too, not only by a timer: cpu and
 * wasm run a step synchronously, so no timer fires before it ends, but the runs after it are spared.
 * The absolute limit is for a backend that hangs, and stays a timer only, as before.
 */
function limitedRuns(name: BackendName, timeoutMs: number, cutOff: RunLimit | undefined): BenchmarkRuns {
  const deadline = performance.now() + timeoutMs;
  const timedOut = () => new Error(`benchmarking ${name} did not finish within ${timeoutMs} ms`);
  const within = async (run: () => Promise<unknown>, limit: RunLimit | undefined) => {
    const left = deadline - performance.now();
    const cut = limit !== undefined && limit.ms < left;
    const started = performance.now();
    await withLimit(run(), cut ? limit.ms : left, () => (cut ? new PassedOver(limit.slower) : timedOut()));
    const ms = performance.now() - started;
    if (limit && ms > limit.ms) throw new PassedOver(limit.slower);
    return ms;
  };
  return {
    warmUp: async (run) => {
      await within(run, undefined);
    },
    time: (run) => within(run, cutOff),
  };
}

async function tryBackend(
  tf: Tf,
  candidate: BackendCandidate,
  timeoutMs: number,
  benchmark: () => Promise<number>,
): Promise<Trial> {
  const { name } = candidate;
  try {
    await withTimeout(candidate.register(), timeoutMs, `loading ${name}`);
    const started = await withTimeout(tf.setBackend(name), timeoutMs, `starting ${name}`);
    if (!started) return { name, failed: 'did not start' };
    await withTimeout(tf.ready(), timeoutMs, `starting ${name}`);
    return { name, ms: await benchmark() };
  } catch (error) {
    if (error instanceof PassedOver) return { name, passedOver: error.slower };
    return { name, failed: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A workload shaped like the book's: a small conv2d and a matMul, run once to warm up (shader
 * compilation, wasm start) and then timed as the median of three runs, each read back with `data()`.
 */
export async function convBenchmark(tf: Tf, runs: BenchmarkRuns): Promise<number> {
  const x = tf.randomUniform([1, 32, 32, 8], -1, 1, 'float32', 1) as Tensor4D;
  const w = tf.randomUniform([3, 3, 8, 8], -1, 1, 'float32', 2) as Tensor4D;
  const a = tf.randomUniform([128, 128], -1, 1, 'float32', 3) as Tensor2D;
  const run = async () => {
    const y = tf.tidy(() => tf.add(tf.sum(tf.conv2d(x, w, 1, 'same')), tf.sum(tf.matMul(a, a))));
    await y.data();
    y.dispose();
  };
  try {
    await runs.warmUp(run);
    const times = [await runs.time(run), await runs.time(run), await runs.time(run)].sort((p, q) => p - q);
    return times[1] as number;
  } finally {
    tf.dispose([x, w, a]);
  }
}

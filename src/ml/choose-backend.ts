import type { Tensor2D, Tensor4D } from '@tensorflow/tfjs-core';
import type { BackendCandidate, BackendName, Tf, Trial } from './types';
import { withTimeout } from './with-timeout';

export interface ChooseOptions {
  /** limit for each step of each backend: loading, starting, benchmarking */
  timeoutMs: number;
  /** a short real workload; resolves to its time in ms once its result has been read back */
  benchmark: (tf: Tf) => Promise<number>;
  /** try this backend first, and keep it if it works (the reader's override, or the tab's last choice) */
  preferred?: BackendName | undefined;
  /**
   * a benchmark time so short that no other backend could make a difference the reader would notice:
   * the first backend under it is kept without starting the rest (default 0: always try them all)
   */
  goodEnoughMs?: number;
  /** keep the backends that lost, started, for a fall-back later (default: remove them to free memory) */
  keepOthers?: boolean;
}

/**
 * Starts the backends this browser offers, in the candidates' order, times the same small workload
 * on each, and keeps the fastest: on a laptop without a GPU that is usually wasm, on a real GPU
 * webgl. It stops early at a backend that is good enough, which spares the page the seconds a
 * software WebGL needs to compile its shaders. A backend that fails or hangs is passed over; cpu
 * always works. The other backends that started are removed to free their memory, unless kept for a
 * fall-back.
 */
export async function chooseBackend(
  tf: Tf,
  candidates: readonly BackendCandidate[],
  { timeoutMs, benchmark, preferred, goodEnoughMs = 0, keepOthers = false }: ChooseOptions,
): Promise<{ backend: BackendName; trials: Trial[] }> {
  const offered = candidates.filter((c) => c.offered());
  const ordered = [
    ...offered.filter((c) => c.name === preferred),
    ...offered.filter((c) => c.name !== preferred),
  ];
  const trials: Trial[] = [];
  for (const candidate of ordered) {
    const trial = await tryBackend(tf, candidate, timeoutMs, benchmark);
    trials.push(trial);
    if ('ms' in trial && (candidate.name === preferred || trial.ms <= goodEnoughMs)) break;
  }
  const working = trials.filter((t): t is { name: BackendName; ms: number } => 'ms' in t);
  if (!working.length)
    throw new Error(trials.map((t) => `${t.name}: ${'failed' in t ? t.failed : ''}`).join('; '));
  const best = working.find((t) => t.name === preferred) ?? working.reduce((a, b) => (b.ms < a.ms ? b : a));
  if (tf.getBackend() !== best.name) await tf.setBackend(best.name);
  if (!keepOthers) for (const t of working) if (t.name !== best.name) tf.removeBackend(t.name);
  return { backend: best.name, trials };
}

async function tryBackend(
  tf: Tf,
  candidate: BackendCandidate,
  timeoutMs: number,
  benchmark: (tf: Tf) => Promise<number>,
): Promise<Trial> {
  const { name } = candidate;
  try {
    await withTimeout(candidate.register(), timeoutMs, `loading ${name}`);
    const started = await withTimeout(tf.setBackend(name), timeoutMs, `starting ${name}`);
    if (!started) return { name, failed: 'did not start' };
    await withTimeout(tf.ready(), timeoutMs, `starting ${name}`);
    return { name, ms: await withTimeout(benchmark(tf), timeoutMs, `benchmarking ${name}`) };
  } catch (error) {
    return { name, failed: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A workload shaped like the book's: a small conv2d and a matMul, run once to warm up (shader
 * compilation, wasm start) and then timed as the median of three runs, each read back with `data()`.
 */
export async function convBenchmark(tf: Tf): Promise<number> {
  const x = tf.randomUniform([1, 32, 32, 8], -1, 1, 'float32', 1) as Tensor4D;
  const w = tf.randomUniform([3, 3, 8, 8], -1, 1, 'float32', 2) as Tensor4D;
  const a = tf.randomUniform([128, 128], -1, 1, 'float32', 3) as Tensor2D;
  const run = async () => {
    const t0 = performance.now();
    const y = tf.tidy(() => tf.add(tf.sum(tf.conv2d(x, w, 1, 'same')), tf.sum(tf.matMul(a, a))));
    await y.data();
    y.dispose();
    return performance.now() - t0;
  };
  try {
    await run();
    const times = [await run(), await run(), await run()].sort((p, q) => p - q);
    return times[1] as number;
  } finally {
    tf.dispose([x, w, a]);
  }
}

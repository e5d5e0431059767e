import { vi } from 'vitest';
import type { BenchmarkRuns } from './choose-backend';
import type { BackendCandidate, BackendName, Tf } from '../types';

/** The fakes both chooseBackend test files use: a TF.js stand-in, candidates and fixed benchmarks. */
export const TIMEOUT_MS = 50;
export const never = <T>() => new Promise<T>(() => {});

type Start = 'ok' | 'false' | 'hang';

/** A stand-in for TF.js that records what chooseBackend asks of it. */
export function fakeTf(starts: Partial<Record<BackendName, Start>> = {}) {
  let current: BackendName | null = null;
  const setBackend = vi.fn((name: BackendName): Promise<boolean> => {
    const start = starts[name] ?? 'ok';
    if (start === 'hang') return never();
    if (start === 'false') return Promise.resolve(false);
    current = name;
    return Promise.resolve(true);
  });
  const ready = vi.fn(() => Promise.resolve());
  const removeBackend = vi.fn();
  const tf = { setBackend, ready, removeBackend, getBackend: () => current } as unknown as Tf;
  return { tf, setBackend, removeBackend, current: () => current };
}

export function candidate(
  name: BackendName,
  register: () => Promise<void> = () => Promise.resolve(),
  offered = true,
): BackendCandidate & { register: ReturnType<typeof vi.fn> } {
  return { name, offered: () => offered, register: vi.fn(register) };
}

/** A benchmark that reports a fixed time per backend (or hangs in a run, or throws). */
export const benchmarkOf =
  (times: Partial<Record<BackendName, number | 'hang' | 'throw'>>) =>
  (tf: Tf, runs: BenchmarkRuns): Promise<number> => {
    const time = times[tf.getBackend() as BackendName];
    if (time === 'hang') return runs.time(never);
    if (time === 'throw' || time === undefined) return Promise.reject(new Error('benchmark broke'));
    return Promise.resolve(time);
  };

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseBackend, type BenchmarkRuns } from './choose-backend';
import type { BackendCandidate, BackendName, Tf } from '../types';

const TIMEOUT_MS = 50;
const never = <T>() => new Promise<T>(() => {});

type Start = 'ok' | 'false' | 'hang';

/** A stand-in for TF.js that records what chooseBackend asks of it. */
function fakeTf(starts: Partial<Record<BackendName, Start>> = {}) {
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

function candidate(
  name: BackendName,
  register: () => Promise<void> = () => Promise.resolve(),
  offered = true,
): BackendCandidate & { register: ReturnType<typeof vi.fn> } {
  return { name, offered: () => offered, register: vi.fn(register) };
}

/** A benchmark that reports a fixed time per backend (or hangs in a run, or throws). */
const benchmarkOf =
  (times: Partial<Record<BackendName, number | 'hang' | 'throw'>>) =>
  (tf: Tf, runs: BenchmarkRuns): Promise<number> => {
    const time = times[tf.getBackend() as BackendName];
    if (time === 'hang') return runs.time(never);
    if (time === 'throw' || time === undefined) return Promise.reject(new Error('benchmark broke'));
    return Promise.resolve(time);
  };

describe('chooseBackend', () => {
  it('keeps the fastest backend, sets it and removes the other working ones', async () => {
    const fake = fakeTf();
    const candidates = [candidate('wasm'), candidate('webgl'), candidate('cpu')];
    const { backend, trials } = await chooseBackend(fake.tf, candidates, {
      timeoutMs: TIMEOUT_MS,
      benchmark: benchmarkOf({ wasm: 10, webgl: 3, cpu: 50 }),
    });
    expect(backend).toBe('webgl');
    expect(trials).toEqual([
      { name: 'wasm', ms: 10 },
      { name: 'webgl', ms: 3 },
      { name: 'cpu', ms: 50 },
    ]);
    expect(fake.setBackend).toHaveBeenLastCalledWith('webgl');
    expect(fake.current()).toBe('webgl');
    expect(fake.removeBackend.mock.calls.map(([name]) => name as string).sort()).toEqual(['cpu', 'wasm']);
  });

  it('does not load a backend the browser does not offer', async () => {
    const fake = fakeTf();
    const webgpu = candidate('webgpu', undefined, false);
    const { trials } = await chooseBackend(fake.tf, [webgpu, candidate('cpu')], {
      timeoutMs: TIMEOUT_MS,
      benchmark: benchmarkOf({ cpu: 5 }),
    });
    expect(webgpu.register).not.toHaveBeenCalled();
    expect(trials.map((t) => t.name)).toEqual(['cpu']);
  });

  it('passes over a backend that throws, one that does not start and one that hangs', async () => {
    const fake = fakeTf({ webgl: 'false', webgpu: 'hang' });
    const candidates = [
      candidate('wasm', () => Promise.reject(new Error('no wasm here'))),
      candidate('webgl'),
      candidate('webgpu'),
      candidate('cpu'),
    ];
    const { backend, trials } = await chooseBackend(fake.tf, candidates, {
      timeoutMs: TIMEOUT_MS,
      benchmark: benchmarkOf({ cpu: 80 }),
    });
    expect(backend).toBe('cpu');
    expect(trials).toEqual([
      { name: 'wasm', failed: 'no wasm here' },
      { name: 'webgl', failed: 'did not start' },
      { name: 'webgpu', failed: `starting webgpu did not finish within ${TIMEOUT_MS} ms` },
      { name: 'cpu', ms: 80 },
    ]);
    expect(fake.setBackend).toHaveBeenLastCalledWith('cpu');
    expect(fake.removeBackend).not.toHaveBeenCalled();
  });

  it('passes over a backend whose code never loads or whose benchmark hangs', async () => {
    const fake = fakeTf();
    const candidates = [candidate('wasm', never), candidate('webgl'), candidate('cpu')];
    const { backend, trials } = await chooseBackend(fake.tf, candidates, {
      timeoutMs: TIMEOUT_MS,
      benchmark: benchmarkOf({ webgl: 'hang', cpu: 30 }),
    });
    expect(backend).toBe('cpu');
    expect(trials[0]).toEqual({
      name: 'wasm',
      failed: `loading wasm did not finish within ${TIMEOUT_MS} ms`,
    });
    expect(trials[1]).toEqual({
      name: 'webgl',
      failed: `benchmarking webgl did not finish within ${TIMEOUT_MS} ms`,
    });
  });

  it('tries the preferred backend alone first and keeps it when it works', async () => {
    const fake = fakeTf();
    const candidates = [candidate('wasm'), candidate('webgl'), candidate('cpu')];
    const { backend, trials } = await chooseBackend(fake.tf, candidates, {
      timeoutMs: TIMEOUT_MS,
      benchmark: benchmarkOf({ wasm: 1, webgl: 1, cpu: 100 }),
      preferred: 'cpu',
    });
    expect(backend).toBe('cpu');
    expect(trials).toEqual([{ name: 'cpu', ms: 100 }]);
    expect(candidates[0]?.register).not.toHaveBeenCalled();
    expect(candidates[1]?.register).not.toHaveBeenCalled();
    expect(fake.setBackend.mock.calls).toEqual([['cpu']]);
    expect(fake.removeBackend).not.toHaveBeenCalled();
  });

  it('stops at the first backend that is good enough, without starting the rest', async () => {
    const fake = fakeTf();
    const candidates = [candidate('wasm'), candidate('webgl'), candidate('cpu')];
    const { backend, trials } = await chooseBackend(fake.tf, candidates, {
      timeoutMs: TIMEOUT_MS,
      benchmark: benchmarkOf({ wasm: 1.5, webgl: 0.5, cpu: 50 }),
      goodEnoughMs: 4,
    });
    expect(backend).toBe('wasm');
    expect(trials).toEqual([{ name: 'wasm', ms: 1.5 }]);
    expect(candidates[1]?.register).not.toHaveBeenCalled();
  });

  it('measures them all when none is good enough', async () => {
    const fake = fakeTf();
    const { backend, trials } = await chooseBackend(fake.tf, [candidate('wasm'), candidate('webgl')], {
      timeoutMs: TIMEOUT_MS,
      benchmark: benchmarkOf({ wasm: 9, webgl: 6 }),
      goodEnoughMs: 4,
    });
    expect(backend).toBe('webgl');
    expect(trials.map((t) => t.name)).toEqual(['wasm', 'webgl']);
  });

  it('measures them all when the preferred backend fails', async () => {
    const fake = fakeTf({ webgl: 'false' });
    const candidates = [candidate('wasm'), candidate('webgl'), candidate('cpu')];
    const { backend, trials } = await chooseBackend(fake.tf, candidates, {
      timeoutMs: TIMEOUT_MS,
      benchmark: benchmarkOf({ wasm: 4, cpu: 9 }),
      preferred: 'webgl',
    });
    expect(backend).toBe('wasm');
    // the preferred one is tried first and not again
    expect(trials.map((t) => t.name)).toEqual(['webgl', 'wasm', 'cpu']);
    expect(fake.current()).toBe('wasm');
  });

  it('ignores a preferred backend the browser does not offer', async () => {
    const fake = fakeTf();
    const webgpu = candidate('webgpu', undefined, false);
    const { backend } = await chooseBackend(fake.tf, [webgpu, candidate('cpu')], {
      timeoutMs: TIMEOUT_MS,
      benchmark: benchmarkOf({ cpu: 2 }),
      preferred: 'webgpu',
    });
    expect(backend).toBe('cpu');
    expect(webgpu.register).not.toHaveBeenCalled();
  });

  it('throws a message naming every failure when no backend works', async () => {
    const fake = fakeTf({ webgl: 'false', cpu: 'hang' });
    const candidates = [
      candidate('wasm', () => Promise.reject(new Error('boom'))),
      candidate('webgl'),
      candidate('cpu'),
    ];
    await expect(
      chooseBackend(fake.tf, candidates, { timeoutMs: TIMEOUT_MS, benchmark: benchmarkOf({}) }),
    ).rejects.toThrow(
      `wasm: boom; webgl: did not start; cpu: starting cpu did not finish within ${TIMEOUT_MS} ms`,
    );
    expect(fake.removeBackend).not.toHaveBeenCalled();
  });

  it('reports a non-Error failure as text', async () => {
    const fake = fakeTf();
    const candidates = [candidate('wasm', () => Promise.reject('a string')), candidate('cpu')];
    const { trials } = await chooseBackend(fake.tf, candidates, {
      timeoutMs: TIMEOUT_MS,
      benchmark: benchmarkOf({ cpu: 1 }),
    });
    expect(trials[0]).toEqual({ name: 'wasm', failed: 'a string' });
  });
});

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** a step of cpu or wasm: it holds the thread to the end (the fake clock moves on), and no timer fires before */
function busyFor(ms: number): Promise<void> {
  vi.advanceTimersByTime(ms);
  return Promise.resolve();
}

/** Runs the fake clock from timer to timer until `promise` settles. */
async function onFakeClock<T>(promise: Promise<T>): Promise<T> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; !settled && i < 1000; i++) await vi.advanceTimersToNextTimerAsync();
  return promise;
}

interface Steps {
  stepMs: number;
  warmUpMs?: number;
  synchronous?: boolean;
}

/**
 * A benchmark shaped like the training one, whose steps take the time given per backend: a warm-up
 * step, then the faster of two timed ones. It records the steps it starts and when it frees its work.
 */
function stepsOf(steps: Partial<Record<BackendName, Steps>>) {
  const started: BackendName[] = [];
  const freed: BackendName[] = [];
  const benchmark = async (tf: Tf, runs: BenchmarkRuns): Promise<number> => {
    const name = tf.getBackend() as BackendName;
    const { stepMs, warmUpMs = stepMs, synchronous = false } = steps[name] as Steps;
    const step = (ms: number) => () => {
      started.push(name);
      return synchronous ? busyFor(ms) : delay(ms);
    };
    try {
      await runs.warmUp(step(warmUpMs));
      return Math.min(await runs.time(step(stepMs)), await runs.time(step(stepMs)));
    } finally {
      freed.push(name);
    }
  };
  const count = (name: BackendName) => started.filter((n) => n === name).length;
  return { benchmark, count, freed };
}

describe('chooseBackend with a cut-off', () => {
  // generous limits: only the cut-off may stop a step in these tests
  const limits = { timeoutMs: 5000, cutOff: { factor: 4, floorMs: 30 } };
  // steps of a given length on a fake clock: what a busy machine does to real time cannot move them
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('passes over a backend whose timed step is far slower than the best so far, without waiting for it', async () => {
    const fake = fakeTf();
    const steps = stepsOf({ wasm: { stepMs: 5 }, webgl: { stepMs: 2000, warmUpMs: 5 } });
    const t0 = performance.now();
    const { backend, trials } = await onFakeClock(
      chooseBackend(fake.tf, [candidate('wasm'), candidate('webgl')], {
        ...limits,
        benchmark: steps.benchmark,
      }),
    );
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(backend).toBe('wasm');
    expect(trials[1]).toEqual({ name: 'webgl', passedOver: { than: 'wasm', factor: 4 } });
    // stopped in its first timed step: the benchmark freed its work and started no other step
    expect(steps.freed).toEqual(['wasm', 'webgl']);
    expect(steps.count('webgl')).toBe(2);
    // it worked, so it had started: removed like any other loser
    expect(fake.removeBackend).toHaveBeenCalledWith('webgl');
  });

  it('stops a synchronous step only once it ends, but spares the steps after it', async () => {
    const fake = fakeTf();
    const steps = stepsOf({ wasm: { stepMs: 5 }, cpu: { stepMs: 80, warmUpMs: 0, synchronous: true } });
    const { backend, trials } = await onFakeClock(
      chooseBackend(fake.tf, [candidate('wasm'), candidate('cpu')], {
        ...limits,
        benchmark: steps.benchmark,
      }),
    );
    expect(backend).toBe('wasm');
    expect(trials[1]).toEqual({ name: 'cpu', passedOver: { than: 'wasm', factor: 4 } });
    expect(steps.count('cpu')).toBe(2);
  });

  it('times a slow backend tried first to the end, and picks the same winner in either order', async () => {
    const slowFirst = await onFakeClock(
      chooseBackend(fakeTf().tf, [candidate('cpu'), candidate('wasm')], {
        ...limits,
        benchmark: stepsOf({ cpu: { stepMs: 60 }, wasm: { stepMs: 5 } }).benchmark,
      }),
    );
    expect(slowFirst.backend).toBe('wasm');
    expect(slowFirst.trials.map((t) => ('ms' in t ? t.name : t))).toEqual(['cpu', 'wasm']);
    expect((slowFirst.trials[0] as { ms: number }).ms).toBeGreaterThanOrEqual(55);

    const fastFirst = await onFakeClock(
      chooseBackend(fakeTf().tf, [candidate('wasm'), candidate('cpu')], {
        ...limits,
        benchmark: stepsOf({ cpu: { stepMs: 60 }, wasm: { stepMs: 5 } }).benchmark,
      }),
    );
    expect(fastFirst.backend).toBe('wasm');
    expect(fastFirst.trials[1]).toEqual({ name: 'cpu', passedOver: { than: 'wasm', factor: 4 } });
  });

  it('gives the warm-up only the absolute limit, however slow it is next to the best', async () => {
    // webgl compiles its shaders for longer than the cut-off (4 × 20 ms), then steps in 2 ms
    const { backend, trials } = await onFakeClock(
      chooseBackend(fakeTf().tf, [candidate('wasm'), candidate('webgl')], {
        ...limits,
        benchmark: stepsOf({ wasm: { stepMs: 20 }, webgl: { stepMs: 2, warmUpMs: 150 } }).benchmark,
      }),
    );
    expect(backend).toBe('webgl');
    expect(trials.map((t) => 'ms' in t)).toEqual([true, true]);
  });

  it('never cuts off before the floor, whatever the best', async () => {
    const { trials } = await onFakeClock(
      chooseBackend(fakeTf().tf, [candidate('wasm'), candidate('webgl')], {
        timeoutMs: 5000,
        cutOff: { factor: 4, floorMs: 200 },
        benchmark: stepsOf({ wasm: { stepMs: 1 }, webgl: { stepMs: 40 } }).benchmark,
      }),
    );
    expect(trials.map((t) => 'ms' in t)).toEqual([true, true]);
  });

  it('still times out a warm-up that hangs, with the absolute limit', async () => {
    const { trials } = await onFakeClock(
      chooseBackend(fakeTf().tf, [candidate('wasm'), candidate('webgl')], {
        timeoutMs: TIMEOUT_MS,
        cutOff: { factor: 4, floorMs: 1 },
        benchmark: stepsOf({ wasm: { stepMs: 1 }, webgl: { stepMs: 1, warmUpMs: 10_000 } }).benchmark,
      }),
    );
    expect(trials[1]).toEqual({
      name: 'webgl',
      failed: `benchmarking webgl did not finish within ${TIMEOUT_MS} ms`,
    });
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseBackend, type BenchmarkRuns } from './choose-backend';
import { candidate, fakeTf, TIMEOUT_MS } from './choose-backend-fakes';
import type { BackendName, Tf } from '../types';

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

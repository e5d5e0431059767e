import { describe, expect, it } from 'vitest';
import { chooseBackend } from './choose-backend';
import { benchmarkOf, candidate, fakeTf, never, TIMEOUT_MS } from './choose-backend-fakes';
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

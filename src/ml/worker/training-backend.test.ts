// @vitest-environment node
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { describe, expect, it } from 'vitest';
import type { BenchmarkRuns } from '../tf/choose-backend';
import { fallbacksAfter, trainingStepBenchmark } from './training-backend';
import type { BackendCandidate, BackendName } from '../types';
import { registerWasmTrainingKernels } from '../wasm-training/register';

describe('trainingStepBenchmark', () => {
  it.each(['cpu', 'wasm'])(
    'on %s, frees its trainer when a timed step is stopped, and the stopped step frees its loss',
    async (backend) => {
      await tf.setBackend(backend);
      if (backend === 'wasm') registerWasmTrainingKernels(tf);
      const before = tf.memory().numTensors;
      let stopped: Promise<unknown> | undefined;
      // the chooser's cut-off: the first timed step is left to finish on its own, the benchmark rejects
      const runs: BenchmarkRuns = {
        warmUp: async (run) => {
          await run();
        },
        time: (run) => {
          stopped = run();
          return Promise.reject(new Error('stopped'));
        },
      };
      await expect(trainingStepBenchmark('reference-cnn')(tf, runs)).rejects.toThrow('stopped');
      await stopped;
      expect(tf.memory().numTensors).toBe(before);
    },
    60_000,
  );
});

describe('fallbacksAfter', () => {
  const candidate = (name: BackendName, offered = true): BackendCandidate => ({
    name,
    offered: () => offered,
    register: async () => {},
  });
  const candidates = ['wasm', 'webgl', 'webgpu', 'cpu'].map((name) => candidate(name as BackendName));

  it('lists the other timed backends fastest first, then those passed over as too slow, then the untried', () => {
    const fallbacks = fallbacksAfter(
      candidates,
      [
        { name: 'webgl', passedOver: { than: 'wasm', factor: 8 } },
        { name: 'cpu', ms: 400 },
        { name: 'wasm', ms: 40 },
      ],
      'wasm',
    );
    expect(fallbacks.map((c) => c.name)).toEqual(['cpu', 'webgl', 'webgpu']);
  });

  it('leaves out the backends that failed and those not offered', () => {
    const fallbacks = fallbacksAfter(
      [...candidates.slice(0, 2), candidate('webgpu', false), candidate('cpu')],
      [
        { name: 'wasm', ms: 40 },
        { name: 'webgl', failed: 'no context' },
      ],
      'wasm',
    );
    expect(fallbacks.map((c) => c.name)).toEqual(['cpu']);
  });
});

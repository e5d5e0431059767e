import { describe, expect, it } from 'vitest';
import { benchTasks } from './bench-tasks';

const tasks = benchTasks({ core: () => Promise.reject(new Error('not reached')), candidates: [] });
const context = { progress: () => {}, shouldStop: () => false };
const config = { model: 'reference-cnn', seed: 1, samples: 32, batchSize: 32, learningRate: 1e-3, steps: 1 };

describe('the bench’s train-model', () => {
  it('checks its own options before it touches TF.js', async () => {
    await expect(tasks['train-model']({ ...config, only: ['tpu'] }, context)).rejects.toThrow(
      'train-model "only" lists backends among wasm, webgl, webgpu, cpu',
    );
    await expect(tasks['train-model']({ ...config, only: 'wasm' }, context)).rejects.toThrow(/"only"/);
  });

  it('checks the reader’s config as the reader’s worker does', async () => {
    await expect(tasks['train-model']({ ...config, steps: 0 }, context)).rejects.toThrow(/steps/);
    await expect(tasks['train-model']({ ...config, preferred: 'tpu' }, context)).rejects.toThrow(
      'unknown backend "tpu"',
    );
  });
});

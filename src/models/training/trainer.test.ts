// @vitest-environment node
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { adamFor } from '../../ml/wasm-training/fused-adam';
import { registerWasmTrainingKernels } from '../../ml/wasm-training/register';
import { MODELS, Trainer, type TrainConfig } from './trainer';

const EPOCH: TrainConfig = {
  model: 'reference-cnn',
  seed: 3,
  samples: 1000,
  batchSize: 32,
  learningRate: 1e-3,
};

async function epochLosses(backend: 'cpu' | 'wasm', config: TrainConfig): Promise<number[]> {
  await tf.setBackend(backend);
  // what the book trains with: on wasm its kernels and fused Adam
  const trainer = new Trainer(tf, config, { adam: adamFor(tf) });
  const losses: number[] = [];
  for (let i = 0; i < trainer.stepsPerEpoch; i++) losses.push(await trainer.step());
  trainer.dispose();
  return losses;
}

beforeAll(async () => {
  await tf.setBackend('wasm');
  registerWasmTrainingKernels(tf);
});

describe('training the book’s models', () => {
  it('leaves no tensor behind per step, for every model', async () => {
    await tf.setBackend('wasm');
    for (const model of Object.keys(MODELS) as (keyof typeof MODELS)[]) {
      const before = tf.memory().numTensors;
      const trainer = new Trainer(tf, { model, seed: 1, samples: 8, batchSize: 4, learningRate: 1e-3 });
      await trainer.step();
      const afterFirst = tf.memory().numTensors;
      for (let i = 0; i < 3; i++) await trainer.step();
      expect(tf.memory().numTensors, model).toBe(afterFirst);
      trainer.dispose();
      expect(tf.memory().numTensors, `${model} after dispose`).toBe(before);
    }
  }, 60_000);

  it('counts its FLOPs from the layer shapes', () => {
    // reference CNN: 28²·9·8 + 14²·9·8·16 + 784·10 multiply-adds, ×2 FLOPs, ×3 for training
    const model = MODELS['reference-cnn'](tf, 0);
    expect(model.trainingFlopsPerSample).toBe(6 * (28 * 28 * 9 * 8 + 14 * 14 * 9 * 8 * 16 + 784 * 10));
    tf.dispose(model.variables);
  });

  // the cpu backend needs about a minute for this epoch in Node
  it('gives the same loss curve on cpu and wasm: within 1% after one epoch of the reference CNN', async () => {
    const wasm = await epochLosses('wasm', EPOCH);
    const cpu = await epochLosses('cpu', EPOCH);
    const last = (l: number[]) => l.at(-1) as number;
    expect(Math.abs(last(wasm) - last(cpu)) / last(cpu)).toBeLessThanOrEqual(0.01);
    expect(last(wasm)).toBeLessThan((wasm[0] as number) / 2);
  }, 240_000);
});

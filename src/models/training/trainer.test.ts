// @vitest-environment node
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { adamFor } from '../../ml/wasm-training/fused-adam';
import { registerWasmTrainingKernels } from '../../ml/wasm-training/register';
import { MODELS, Trainer, type TrainConfig } from './trainer';

/** four small batches of the reference CNN: a whole epoch took a minute on cpu in Node (the bench runs it) */
const FOUR_STEPS: TrainConfig = {
  model: 'reference-cnn',
  seed: 3,
  samples: 32,
  batchSize: 8,
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

  it('gives the same loss curve on cpu and wasm: every step of the reference CNN within 1%', async () => {
    const wasm = await epochLosses('wasm', FOUR_STEPS);
    const cpu = await epochLosses('cpu', FOUR_STEPS);
    expect(wasm).toHaveLength(4);
    wasm.forEach((loss, i) => {
      const other = cpu[i] as number;
      expect(Math.abs(loss - other) / other, `step ${i + 1}`).toBeLessThanOrEqual(0.01);
    });
  }, 60_000);
});

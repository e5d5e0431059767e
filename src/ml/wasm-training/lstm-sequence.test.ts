// @vitest-environment node
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { lstmLastState, LSTM_SEQUENCE } from '../../models/training/lstm-sequence';
import { seededRandom } from '../../models/random';
import {
  expectFiniteDifferences,
  expectWasmMatchesCpu,
  randomArray,
  withWasmTrainingKernels,
} from './gradient-test-kit';

withWasmTrainingKernels();

/** x, kernel and bias of an LSTM, seeded; the weights scaled so that the gates do not saturate */
function lstmInputs(seed: number, batch: number, steps: number, features: number, units: number) {
  const random = seededRandom(seed);
  const scaled = (size: number, scale: number) => randomArray(random, size).map((v) => v * scale);
  return [
    { values: scaled(batch * steps * features, 1), shape: [batch, steps, features] },
    { values: scaled((features + units) * 4 * units, 0.5), shape: [features + units, 4 * units] },
    { values: scaled(4 * units, 0.5), shape: [4 * units] },
  ];
}

const lastState = (forgetBias: number) => (x: tf.Tensor, kernel: tf.Tensor, bias: tf.Tensor) =>
  lstmLastState(tf, x as tf.Tensor3D, kernel as tf.Tensor2D, bias as tf.Tensor1D, { forgetBias });

describe('the LSTM sequence kernels (wasm) against basicLSTMCell step by step (cpu)', () => {
  it('are what wasm runs once the training kernels are registered, and cpu has none', () => {
    expect(tf.getKernel(LSTM_SEQUENCE, 'wasm')).toBeDefined();
    expect(tf.getKernel(LSTM_SEQUENCE, 'cpu')).toBeUndefined();
  });

  it.each([
    { batch: 1, steps: 1, features: 1, units: 2, forgetBias: 1 },
    { batch: 3, steps: 5, features: 2, units: 4, forgetBias: 0 },
    { batch: 5, steps: 7, features: 3, units: 6, forgetBias: 1 },
    { batch: 32, steps: 30, features: 1, units: 64, forgetBias: 1 },
  ])(
    'the last hidden state and the gradients of x, kernel and bias: $batch × $steps × $features, $units units',
    async ({ batch, steps, features, units, forgetBias }) => {
      await expectWasmMatchesCpu(
        `${batch}×${steps}×${features}→${units}`,
        lstmInputs(batch + steps, batch, steps, features, units),
        lastState(forgetBias),
      );
    },
  );

  it('agree with finite differences on a tiny sequence', async () => {
    await expectFiniteDifferences(lstmInputs(3, 2, 3, 2, 2), lastState(1));
  });
});

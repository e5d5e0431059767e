// @vitest-environment node
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../models/random';
import { FusedAdam } from './fused-adam';

/** Trains the same little least-squares problem for a few steps and returns the weights. */
async function train(backend: 'cpu' | 'wasm', fused: boolean): Promise<Float32Array> {
  await tf.setBackend(backend);
  const random = seededRandom(21);
  const values = (n: number) => Float32Array.from({ length: n }, () => random() * 2 - 1);
  const x = tf.tensor2d(values(40), [8, 5]);
  const y = tf.tensor2d(values(24), [8, 3]);
  const w = tf.tidy(() => tf.variable(tf.tensor2d(values(15), [5, 3])));
  const loss = () => tf.losses.meanSquaredError(y, tf.matMul(x, w)) as tf.Scalar;
  const settings = { learningRate: 0.05, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 };
  const optimizer = fused ? new FusedAdam(tf, [w], settings) : tf.train.adam(0.05, 0.9, 0.999, 1e-7);
  for (let step = 0; step < 20; step++) {
    const value = fused
      ? (optimizer as FusedAdam).minimize(loss)
      : ((optimizer as tf.AdamOptimizer).minimize(loss, true, [w]) as tf.Scalar);
    value.dispose();
  }
  const weights = (await w.data()) as Float32Array;
  tf.dispose([x, y, w]);
  optimizer.dispose();
  return weights;
}

describe('fused Adam on wasm', () => {
  it('takes the same 20 steps as TF.js’s AdamOptimizer on cpu', async () => {
    const expected = await train('cpu', false);
    const actual = await train('wasm', true);
    // float64 arithmetic here, float32 in TF.js's: relative to the weights' scale, within 1e-4
    const scale = Math.max(...expected.map(Math.abs));
    const worst = Math.max(...actual.map((value, i) => Math.abs(value - (expected[i] as number))));
    expect(worst / scale).toBeLessThanOrEqual(1e-4);
  });

  it('leaves no tensor behind', async () => {
    await tf.setBackend('wasm');
    const before = tf.memory().numTensors;
    await train('wasm', true);
    expect(tf.memory().numTensors).toBe(before);
  });
});

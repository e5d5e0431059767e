// @vitest-environment node
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { convBlock } from './reference-cnn';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** the block as textbooks write it: relu(conv + bias), then 2×2 max pooling */
const textbook = (x: tf.Tensor4D, filter: tf.Tensor4D, bias: tf.Tensor1D): tf.Tensor =>
  tf.maxPool(tf.relu(tf.add(tf.conv2d(x, filter, 1, 'same'), bias)) as tf.Tensor4D, 2, 2, 'valid');

describe('the reference CNN’s block, pooled before its bias and relu', () => {
  it('computes the textbook block, and has its gradients', () => {
    const random = seededRandom(3);
    const values = (n: number) => Array.from({ length: n }, () => random() * 2 - 1);
    const x = tf.tensor4d(values(4 * 8 * 8 * 3), [4, 8, 8, 3]);
    const filter = tf.tensor4d(values(3 * 3 * 3 * 5), [3, 3, 3, 5]);
    const bias = tf.tensor1d(values(5));
    const ours = (a: tf.Tensor, b: tf.Tensor, c: tf.Tensor): tf.Tensor =>
      convBlock(tf, a as tf.Tensor4D, b as tf.Tensor4D, c as tf.Tensor1D);
    const theirs = (a: tf.Tensor, b: tf.Tensor, c: tf.Tensor) =>
      textbook(a as tf.Tensor4D, b as tf.Tensor4D, c as tf.Tensor1D);
    expect(ours(x, filter, bias).arraySync()).toEqual(theirs(x, filter, bias).arraySync());
    // a weighted sum, so that every output's gradient differs
    const weights = tf.randomUniform(ours(x, filter, bias).shape, -1, 1, 'float32', 5);
    const gradients = (block: typeof ours) =>
      tf.grads((a: tf.Tensor, b: tf.Tensor, c: tf.Tensor) => tf.sum(tf.mul(block(a, b, c), weights)))([
        x,
        filter,
        bias,
      ]);
    const [expected, actual] = [gradients(theirs), gradients(ours)];
    expected.forEach((e, i) => {
      const difference = tf.max(tf.abs(tf.sub(actual[i] as tf.Tensor, e))).dataSync()[0] as number;
      expect(difference, `gradient ${i}`).toBeLessThan(1e-5);
    });
  });
});

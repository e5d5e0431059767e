import type * as TfCore from '@tensorflow/tfjs-core';
import { seededRandom } from '../random';
import { constant, glorotUniform, heNormal } from './init';
import type { Tf, TrainableModel } from './model';

const SIZE = 28;
const CLASSES = 10;
const [C1, C2] = [8, 16];
const FLAT = (SIZE / 4) * (SIZE / 4) * C2;

/** see TrainableModel.trainingFlopsPerSample */
export const REFERENCE_CNN_FLOPS =
  3 * 2 * (SIZE * SIZE * 9 * C1 + (SIZE / 2) ** 2 * 9 * C1 * C2 + FLAT * CLASSES);

/**
 * The small CNN every training benchmark here uses: conv 8×3×3 (same padding, relu) → 2×2 max-pool →
 * conv 16×3×3 (relu) → 2×2 max-pool → dense 10, with softmax cross-entropy, on 28×28 grey images.
 */
/**
 * relu(conv(x) + bias) then 2×2 max pooling, computed as relu(max-pool(conv(x)) + bias): the same
 * function, since taking a window's maximum commutes with adding its channel's bias and with relu
 * (neither ever decreases), and then the bias, the relu and their gradients run on a map a quarter
 * the size (about 1 ms less per training step on wasm).
 */
export function convBlock(tf: Tf, x: TfCore.Tensor4D, filter: TfCore.Tensor4D, bias: TfCore.Tensor1D) {
  return tf.relu(tf.add(tf.maxPool(tf.conv2d(x, filter, 1, 'same'), 2, 2, 'valid'), bias)) as TfCore.Tensor4D;
}

export function referenceCnn(tf: Tf, seed: number): TrainableModel {
  const random = seededRandom(seed);
  const flat = FLAT;
  const w1 = heNormal(tf, random, [3, 3, 1, C1], 9);
  const b1 = constant(tf, [C1], 0);
  const w2 = heNormal(tf, random, [3, 3, C1, C2], 9 * C1);
  const b2 = constant(tf, [C2], 0);
  const w3 = glorotUniform(tf, random, [flat, CLASSES], flat, CLASSES);
  const b3 = constant(tf, [CLASSES], 0);
  const conv = (x: TfCore.Tensor4D, filter: TfCore.Variable, bias: TfCore.Variable) =>
    convBlock(tf, x, filter as TfCore.Tensor4D, bias as TfCore.Tensor1D);
  return {
    name: 'reference-cnn',
    variables: [w1, b1, w2, b2, w3, b3],
    loss: (x, y) => {
      const features = conv(conv(x as TfCore.Tensor4D, w1, b1), w2, b2);
      const logits = tf.fused.matMul({
        a: tf.reshape(features, [-1, flat]),
        b: w3 as TfCore.Tensor2D,
        bias: b3,
      });
      return tf.losses.softmaxCrossEntropy(y, logits) as TfCore.Scalar;
    },
    trainingFlopsPerSample: REFERENCE_CNN_FLOPS,
  };
}

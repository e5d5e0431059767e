import type * as TfCore from '@tensorflow/tfjs-core';
import { seededRandom } from '../random';
import { constant, glorotUniform, heNormal } from './init';
import type { Tf, TrainableModel } from './model';

const SIZE = 28;
const CLASSES = 10;
const CHANNELS = 16;
const BLOCKS = 8;
const EPSILON = 1e-3;

/** see TrainableModel.trainingFlopsPerSample */
export const RESIDUAL_FLOPS =
  3 * 2 * (SIZE * SIZE * 9 * CHANNELS * (1 + 2 * BLOCKS * CHANNELS) + CHANNELS * CLASSES);

/**
 * A small residual network (He et al. 2016): a 3×3 stem to 16 channels, then 8 residual blocks of
 * conv 3×3 → batch norm → relu → conv 3×3 → batch norm, added to the block's input and passed through
 * relu, all at 28×28; then global average pooling and a dense layer to 10 classes. Batch normalisation
 * (Ioffe & Szegedy 2015) uses the batch's statistics, as in training.
 */
export function residualNet(tf: Tf, seed: number): TrainableModel {
  const random = seededRandom(seed);
  const fanIn = 9 * CHANNELS;
  const stem = heNormal(tf, random, [3, 3, 1, CHANNELS], 9);
  const stemBias = constant(tf, [CHANNELS], 0);
  const blocks = Array.from({ length: BLOCKS }, () =>
    [0, 1].map(() => ({
      filter: heNormal(tf, random, [3, 3, CHANNELS, CHANNELS], fanIn),
      gamma: constant(tf, [CHANNELS], 1),
      beta: constant(tf, [CHANNELS], 0),
    })),
  );
  const dense = glorotUniform(tf, random, [CHANNELS, CLASSES], CHANNELS, CLASSES);
  const denseBias = constant(tf, [CLASSES], 0);

  type Layer = { filter: TfCore.Variable; gamma: TfCore.Variable; beta: TfCore.Variable };
  const convNorm = (x: TfCore.Tensor4D, { filter, gamma, beta }: Layer) => {
    const y = tf.conv2d(x, filter as TfCore.Tensor4D, 1, 'same');
    const { mean, variance } = tf.moments(y, [0, 1, 2]);
    return tf.batchNorm(y, mean, variance, beta, gamma, EPSILON) as TfCore.Tensor4D;
  };

  return {
    name: 'residual-8x16',
    variables: [
      stem,
      stemBias,
      ...blocks.flat().flatMap((l) => [l.filter, l.gamma, l.beta]),
      dense,
      denseBias,
    ],
    loss: (x, y) => {
      let h: TfCore.Tensor4D = tf.fused.conv2d({
        x: x as TfCore.Tensor4D,
        filter: stem as TfCore.Tensor4D,
        strides: 1,
        pad: 'same',
        bias: stemBias,
        activation: 'relu',
      });
      for (const [first, second] of blocks as [Layer, Layer][]) {
        h = tf.relu(tf.add(h, convNorm(tf.relu(convNorm(h, first)), second)));
      }
      const logits = tf.fused.matMul({ a: tf.mean(h, [1, 2]), b: dense as TfCore.Tensor2D, bias: denseBias });
      return tf.losses.softmaxCrossEntropy(y, logits) as TfCore.Scalar;
    },
    trainingFlopsPerSample: RESIDUAL_FLOPS,
  };
}

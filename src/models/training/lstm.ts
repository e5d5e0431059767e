import type * as TfCore from '@tensorflow/tfjs-core';
import { seededRandom } from '../random';
import { constant, glorotUniform } from './init';
import { lstmLastState } from './lstm-sequence';
import type { Tf, TrainableModel } from './model';

const HIDDEN = 64;
const STEPS = 30;
const FEATURES = 1;
const FORGET_BIAS = 1;

/** see TrainableModel.trainingFlopsPerSample */
export const LSTM_FLOPS = 3 * 2 * (STEPS * (FEATURES + HIDDEN) * 4 * HIDDEN + HIDDEN);

/**
 * An LSTM (Hochreiter & Schmidhuber 1997) with 64 hidden units read over 30 time steps, then a dense
 * layer predicting the next value of the sequence (squared error). The cell is TF.js's basicLSTMCell:
 * one matrix product of [x, h] with the four gates' weights per step; on wasm the whole sequence is
 * one kernel call each way (`lstmLastState`).
 */
export function lstm(tf: Tf, seed: number): TrainableModel {
  const random = seededRandom(seed);
  const gates = 4 * HIDDEN;
  const kernel = glorotUniform(tf, random, [FEATURES + HIDDEN, gates], FEATURES + HIDDEN, gates);
  const bias = constant(tf, [gates], 0);
  const head = glorotUniform(tf, random, [HIDDEN, 1], HIDDEN, 1);
  const headBias = constant(tf, [1], 0);
  return {
    name: 'lstm-64x30',
    variables: [kernel, bias, head, headBias],
    loss: (x, y) => {
      const h = lstmLastState(tf, x as TfCore.Tensor3D, kernel as TfCore.Tensor2D, bias as TfCore.Tensor1D, {
        forgetBias: FORGET_BIAS,
      });
      const prediction = tf.fused.matMul({ a: h, b: head as TfCore.Tensor2D, bias: headBias });
      return tf.losses.meanSquaredError(y, prediction) as TfCore.Scalar;
    },
    trainingFlopsPerSample: LSTM_FLOPS,
  };
}

import type * as TfCore from '@tensorflow/tfjs-core';
import type { Tf } from './model';

/** a backend's kernel that reads a whole sequence through an LSTM in one call (see `lstmLastState`) */
export const LSTM_SEQUENCE = 'BookLstmSequence';
/** its gradient: backpropagation through time in one call */
export const LSTM_SEQUENCE_GRAD = 'BookLstmSequenceGrad';

export interface LstmSequenceAttrs {
  /** added to the forget gate's input before its sigmoid, as in TF.js's basicLSTMCell */
  forgetBias: number;
}

/**
 * The hidden state after reading x, [batch, steps, features], from a zero state, through LSTM cells
 * with TF.js's basicLSTMCell maths: one product of [x_t, h] with `kernel`, [features + hidden,
 * 4·hidden], plus `bias`, split into the gates i, j, f, o in that order;
 * c' = σ(i)·tanh(j) + σ(f + forgetBias)·c and h' = tanh(c')·σ(o).
 *
 * Where the backend has the sequence kernels (wasm, once the book's training kernels are registered)
 * the whole sequence is one kernel call each way. Elsewhere it is basicLSTMCell step by step, whose
 * gradient TF.js composes from about 90 kernel calls a step.
 */
export function lstmLastState(
  tf: Tf,
  x: TfCore.Tensor3D,
  kernel: TfCore.Tensor2D,
  bias: TfCore.Tensor1D,
  { forgetBias }: LstmSequenceAttrs,
): TfCore.Tensor2D {
  const backend = tf.getBackend();
  if (tf.getKernel(LSTM_SEQUENCE, backend) && tf.getKernel(LSTM_SEQUENCE_GRAD, backend))
    return fusedLastState(tf, forgetBias)(x, kernel, bias);
  const [batch, steps, features] = x.shape;
  const hidden = (kernel.shape[1] as number) / 4;
  let c = tf.zeros([batch, hidden]) as TfCore.Tensor2D;
  let h = tf.zeros([batch, hidden]) as TfCore.Tensor2D;
  // TF.js's gradients of split and unstack fail when there is one piece: a one-step x is its own
  const inputs = steps === 1 ? [tf.reshape(x, [batch, features])] : tf.unstack(x, 1);
  for (const input of inputs as TfCore.Tensor2D[])
    [c, h] = tf.basicLSTMCell(forgetBias, kernel, bias, input, c, h) as [TfCore.Tensor2D, TfCore.Tensor2D];
  return h;
}

function fusedLastState(tf: Tf, forgetBias: number) {
  const attrs = { forgetBias } satisfies LstmSequenceAttrs;
  return tf.customGrad((x, kernel, bias, save) => {
    const [h, met, acts, cells] = tf
      .engine()
      .runKernel(LSTM_SEQUENCE, { x, kernel, bias } as TfCore.NamedTensorMap, attrs) as TfCore.Tensor[];
    (save as TfCore.GradSaveFunc)([kernel as TfCore.Tensor, met, acts, cells] as TfCore.Tensor[]);
    return {
      value: h as TfCore.Tensor2D,
      gradFunc: (dy, saved) => {
        const [savedKernel, savedMet, savedActs, savedCells] = saved as TfCore.Tensor[];
        return tf.engine().runKernel(LSTM_SEQUENCE_GRAD, {
          dy,
          kernel: savedKernel,
          met: savedMet,
          acts: savedActs,
          cells: savedCells,
        } as TfCore.NamedTensorMap) as TfCore.Tensor[];
      },
    };
  }) as (x: TfCore.Tensor3D, kernel: TfCore.Tensor2D, bias: TfCore.Tensor1D) => TfCore.Tensor2D;
}

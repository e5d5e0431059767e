import type { Conv2DAttrs, GradConfig, Tensor, Tensor4D } from '@tensorflow/tfjs-core';
import type { Tf } from '../types';

/**
 * The gradient of a 2-D convolution at any dilation (TF.js's own, `stock`, asserts dilation 1, so no
 * backend can train a dilated convolution). At dilation 1 it is stock's. A convolution dilated by d
 * is the undilated one with its filter spread out, d − 1 zeros between taps: (k − 1)·d + 1 taps a
 * side, the size TF.js's 'same' padding is computed from too. So the input's gradient is stock's for
 * the spread filter, and the filter's is stock's for the spread filter, read at every d-th tap.
 * (TF.js allows no stride with a dilation, so the stride is 1.) Made of tf ops, it runs on every
 * backend, and on wasm through the book's gradient kernels.
 */
export function conv2dDilatedGradientConfig(tf: Tf, stock: GradConfig): GradConfig {
  return {
    kernelName: tf.Conv2D,
    inputsToSave: ['x', 'filter'],
    gradFunc: (dy, saved, attrs) => {
      const { dilations } = attrs as unknown as Conv2DAttrs;
      const [dh, dw] = typeof dilations === 'number' ? [dilations, dilations] : dilations;
      if (dh === 1 && dw === 1) return stock.gradFunc(dy, saved, attrs);
      const [x, filter] = saved as [Tensor4D, Tensor4D];
      const spread = spreadFilter(tf, filter, dh, dw);
      const grads = stock.gradFunc(dy, [x, spread], { ...attrs, dilations: [1, 1] });
      const { x: dx, filter: dSpread } = grads as Record<'x' | 'filter', () => Tensor>;
      return { x: dx, filter: () => tf.stridedSlice(dSpread(), [0, 0, 0, 0], spread.shape, [dh, dw, 1, 1]) };
    },
  };
}

/**
 * The filter [kh, kw, i, o] with dh − 1 zero rows between its rows and dw − 1 zero columns between
 * its columns, [(kh − 1)·dh + 1, (kw − 1)·dw + 1, i, o]: zeros padded after every row, then after
 * every column, and those after the last row and column cut off.
 */
function spreadFilter(tf: Tf, filter: Tensor4D, dh: number, dw: number): Tensor4D {
  const [kh, kw, i, o] = filter.shape;
  const rows = tf.pad(tf.reshape(filter, [kh, 1, kw, i * o]), [
    [0, 0],
    [0, dh - 1],
    [0, 0],
    [0, 0],
  ]);
  const both = tf.pad(tf.reshape(rows, [kh * dh, kw, 1, i * o]), [
    [0, 0],
    [0, 0],
    [0, dw - 1],
    [0, 0],
  ]);
  const size = [(kh - 1) * dh + 1, (kw - 1) * dw + 1, i, o];
  return tf.slice(tf.reshape(both, [kh * dh, kw * dw, i, o]) as Tensor4D, 0, size);
}

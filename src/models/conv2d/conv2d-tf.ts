import type { Tensor3D, Tensor4D } from '@tensorflow/tfjs-core';
import type { Tf } from '../../ml/types';
import { outputSize } from './geometry';
import type { ConvOptions, Kernels, Volume } from './volume';

/**
 * The convolution computed by TF.js: `tf.conv2d` on a [1, h, w, c] input with explicit zero padding.
 * TF.js cannot combine a stride and a dilation both above 1; that case is refused with a message.
 * A kernel larger than the padded input gives an empty volume (0 rows or 0 columns), as TF.js would
 * otherwise report a negative size.
 * @returns [h', w', cOut]
 */
export async function conv2dTf(
  tf: Tf,
  x: Volume,
  w: Kernels,
  { stride, pad, dilation }: ConvOptions,
): Promise<Volume> {
  if (x.c !== w.cIn) throw new Error(`the input has ${x.c} channels but the kernels expect ${w.cIn}`);
  if (stride > 1 && dilation > 1) throw new Error('TF.js cannot use a stride and a dilation both above 1');
  const h = outputSize({ n: x.h, k: w.k, s: stride, p: pad, d: dilation });
  const width = outputSize({ n: x.w, k: w.k, s: stride, p: pad, d: dilation });
  if (h === 0 || width === 0) return { h, w: width, c: w.cOut, data: new Float32Array(0) };
  const y = tf.tidy(() => {
    const input = tf.tensor4d(x.data, [1, x.h, x.w, x.c]);
    const filter = tf.tensor4d(w.data, [w.k, w.k, w.cIn, w.cOut]);
    const padding: [[number, number], [number, number], [number, number], [number, number]] = [
      [0, 0],
      [pad, pad],
      [pad, pad],
      [0, 0],
    ];
    return tf.squeeze<Tensor3D>(tf.conv2d(input, filter as Tensor4D, stride, padding, 'NHWC', dilation), [0]);
  });
  try {
    const [rows, cols, c] = y.shape;
    return { h: rows, w: cols, c, data: (await y.data()) as Float32Array };
  } finally {
    y.dispose();
  }
}

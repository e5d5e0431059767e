import type { Tensor2D } from '@tensorflow/tfjs-core';
import type { Tf } from '../../ml/types';
import { outputSize } from './geometry';
import type { Kernels, Volume } from './volume';

/** An image's patches on the TF.js backend, ready for any kernel of one size (see uploadPatches). */
export interface Patches {
  /** [k·k·c, h'·w']: column j is the window under output pixel j, read tap by tap, channel by channel */
  tensor: Tensor2D;
  k: number;
  c: number;
  /** the size of every feature map made from these patches */
  h: number;
  w: number;
}

/**
 * The "im2col" matrix of an image, kept on the backend: each column holds the k × k × c window of the
 * zero-padded image under one output pixel (stride 1, no dilation). Made once per image and kernel
 * size, it turns every later convolution with a kernel of that size into one small matrix product
 * (conv2dFromPatches), which on the wasm backend is ~15× faster than a fresh tf.conv2d (whose XNNPACK
 * set-up for a new kernel costs more than the arithmetic). The caller disposes `tensor`.
 * @param x [h, w, c]
 * @returns patches of k·k·c rows and h'·w' columns, h' = h + 2·pad − k + 1 (and w' likewise)
 */
export function uploadPatches(tf: Tf, x: Volume, k: number, pad: number): Patches {
  const h = outputSize({ n: x.h, k, s: 1, p: pad, d: 1 });
  const w = outputSize({ n: x.w, k, s: 1, p: pad, d: 1 });
  if (h === 0 || w === 0)
    throw new Error(`a ${k} × ${k} kernel does not fit a ${x.h} × ${x.w} image padded by ${pad}`);
  const tensor = tf.tensor2d(imageToColumns(x, k, pad, h, w), [k * k * x.c, h * w]);
  return { tensor, k, c: x.c, h, w };
}

/**
 * The im2col matrix in plain arrays, row (u·k + v)·c + channel, column i·w' + j: one pass over the
 * output, where k² TF.js slices, transposes and a concat took a long task of their own on a photo.
 * @param x [h, w, c]
 * @returns [k·k·c, h'·w'], row by row
 */
function imageToColumns(x: Volume, k: number, pad: number, h: number, w: number): Float32Array {
  const out = new Float32Array(k * k * x.c * h * w);
  for (let u = 0; u < k; u++)
    for (let v = 0; v < k; v++)
      for (let ch = 0; ch < x.c; ch++) {
        const row = ((u * k + v) * x.c + ch) * h * w;
        for (let i = 0; i < h; i++) {
          const source = i + u - pad;
          if (source < 0 || source >= x.h) continue; // a row of the padding: zeros
          for (let j = 0; j < w; j++) {
            const column = j + v - pad;
            if (column >= 0 && column < x.w)
              out[row + i * w + j] = x.data[(source * x.w + column) * x.c + ch] as number;
          }
        }
      }
  return out;
}

/**
 * A stride-1 convolution as a matrix product with an image's patches:
 * y[j][o] = Σ_r w[r][o] · patches[r][j], with r running over the taps and channels in the order of
 * TF's [k, k, cIn, cOut] kernels. Only the kernels are uploaded; the patches are left as they are, and
 * every tensor made here is freed before the promise settles.
 * @param w k × k × cIn × cOut, of the patches' size and channels
 * @returns [h', w', cOut], read back with `await data()` (never blocking the page)
 */
export async function conv2dFromPatches(tf: Tf, patches: Patches, w: Kernels): Promise<Volume> {
  if (w.k !== patches.k || w.cIn !== patches.c) {
    throw new Error(
      `the patches fit ${patches.k} × ${patches.k} × ${patches.c} kernels, not ${w.k} × ${w.k} × ${w.cIn}`,
    );
  }
  // the weights as [cOut, k·k·cIn], transposed here: a transposed operand makes the wasm matMul ~6× slower
  const rows = w.k * w.k * w.cIn;
  const weights = new Float32Array(w.data.length);
  for (let r = 0; r < rows; r++)
    for (let o = 0; o < w.cOut; o++) weights[o * rows + r] = w.data[r * w.cOut + o] as number;
  const y = tf.tidy(() => {
    const maps = tf.matMul(tf.tensor2d(weights, [w.cOut, rows]), patches.tensor); // [cOut, h'·w']
    return w.cOut === 1 ? maps : tf.transpose(maps);
  });
  try {
    return { h: patches.h, w: patches.w, c: w.cOut, data: (await y.data()) as Float32Array };
  } finally {
    y.dispose();
  }
}

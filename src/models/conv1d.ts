import type { Tf } from '../ml/types';

export type Padding = 'same' | 'valid';

/**
 * The zeros added before the signal. 'same' pads k − 1 zeros in all, the smaller half first (as
 * TF.js and most frameworks do), so the output is as long as the input; 'valid' pads none.
 */
export function padBefore(kernelSize: number, padding: Padding): number {
  return padding === 'same' ? Math.floor((kernelSize - 1) / 2) : 0;
}

/** Output length of a stride-1 convolution of n samples with a k-tap kernel: n for 'same', n − k + 1 for 'valid'. */
export function conv1dOutputLength(n: number, k: number, padding: Padding): number {
  return padding === 'same' ? n : Math.max(0, n - k + 1);
}

export interface Window {
  /** the input samples under the kernel, zeros where the window hangs over the padding */
  inputs: number[];
  /** for each tap, the input index it covers, or −1 for a padding zero */
  indices: number[];
  /** inputs[j] · kernel[j] */
  products: number[];
  /** the output value: the sum of the products */
  sum: number;
}

/**
 * The window behind output `i`: y[i] = Σ_j x[i − p + j] · w[j], element-wise products summed. This is
 * cross-correlation, which deep-learning libraries call convolution (the kernel is not flipped).
 */
export function conv1dWindow(
  signal: readonly number[],
  kernel: readonly number[],
  padding: Padding,
  i: number,
): Window {
  const start = i - padBefore(kernel.length, padding);
  const indices = kernel.map((_, j) => (start + j >= 0 && start + j < signal.length ? start + j : -1));
  const inputs = indices.map((index) => (index < 0 ? 0 : (signal[index] as number)));
  const products = inputs.map((x, j) => x * (kernel[j] as number));
  return { inputs, indices, products, sum: products.reduce((a, b) => a + b, 0) };
}

/**
 * The whole output, computed by TF.js (`tf.conv1d` on a [1, n, 1] signal and a [k, 1, 1] filter).
 * @returns conv1dOutputLength(n, k, padding) values
 */
export async function conv1dTf(
  tf: Tf,
  signal: readonly number[],
  kernel: readonly number[],
  padding: Padding,
): Promise<Float32Array> {
  if (conv1dOutputLength(signal.length, kernel.length, padding) === 0) return new Float32Array(0);
  const y = tf.tidy(() =>
    tf.conv1d(
      tf.tensor3d([...signal], [1, signal.length, 1]),
      tf.tensor3d([...kernel], [kernel.length, 1, 1]),
      1,
      padding,
    ),
  );
  try {
    return (await y.data()) as Float32Array;
  } finally {
    y.dispose();
  }
}

import type { ConvOptions, Kernels, Volume } from './volume';

export interface Window2d {
  /** the input under each tap, [u][v], 0 over padding */
  inputs: number[][];
  /** whether each tap lies over padding */
  padding: boolean[][];
  /** the weights, [u][v] */
  weights: number[][];
  /** inputs · weights, element by element */
  products: number[][];
  sum: number;
  /** the input row and column of the top-left tap (negative over the padding) */
  top: number;
  left: number;
}

/**
 * The arithmetic behind one output value of a one-channel convolution: the window of the input under
 * the kernel, the element-wise products and their sum. (The kernel is laid on the input, not
 * multiplied as a matrix.)
 */
export function conv2dWindow(
  x: Volume,
  w: Kernels,
  row: number,
  col: number,
  { stride, pad, dilation }: ConvOptions,
  out = 0,
): Window2d {
  const top = row * stride - pad;
  const left = col * stride - pad;
  const taps = Array.from({ length: w.k }, (_, u) =>
    Array.from({ length: w.k }, (_, v) => [top + u * dilation, left + v * dilation] as const),
  );
  const padding = taps.map((r) => r.map(([i, j]) => i < 0 || i >= x.h || j < 0 || j >= x.w));
  const inputs = taps.map((r, u) =>
    r.map(([i, j], v) => (padding[u]![v] ? 0 : (x.data[(i * x.w + j) * x.c] as number))),
  );
  const weights = taps.map((r, u) => r.map((_, v) => w.data[(u * w.k + v) * w.cIn * w.cOut + out] as number));
  const products = inputs.map((r, u) => r.map((value, v) => value * weights[u]![v]!));
  return { inputs, padding, weights, products, sum: products.flat().reduce((a, b) => a + b, 0), top, left };
}

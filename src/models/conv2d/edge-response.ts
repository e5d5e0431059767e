import { outputSize } from './geometry';
import { singleKernel, volume, type Volume } from './volume';
import { conv2dWindow } from './window';

export type EdgeOrientation = 'vertical' | 'horizontal';

/**
 * A size × size grey image with one straight step edge through its middle: 0 on the left and 1 on the
 * right (a vertical edge), or 0 above and 1 below (a horizontal one).
 */
export function stepEdge(size: number, orientation: EdgeOrientation): Volume {
  const x = volume(size, size, 1);
  for (let i = 0; i < size; i++)
    for (let j = 0; j < size; j++)
      x.data[i * size + j] = (orientation === 'vertical' ? j : i) >= size / 2 ? 1 : 0;
  return x;
}

/**
 * How strongly a kernel answers a step edge: the spread (largest minus smallest) of its outputs over
 * the edge image, without padding. A kernel blind to the edge gives the same output everywhere, a
 * spread of 0; a blur gives 1 (it only passes the step on); an edge detector stands out at the edge.
 */
export function edgeContrast(
  kernel: readonly (readonly number[])[],
  orientation: EdgeOrientation,
  size = 6,
): number {
  const x = stepEdge(size, orientation);
  const w = singleKernel(kernel);
  const n = outputSize({ n: size, k: w.k, s: 1, p: 0, d: 1 });
  const options = { stride: 1, pad: 0, dilation: 1 };
  const sums = Array.from(
    { length: n * n },
    (_, i) => conv2dWindow(x, w, Math.floor(i / n), i % n, options).sum,
  );
  return sums.length ? Math.max(...sums) - Math.min(...sums) : 0;
}

/** An image or feature maps: h rows × w columns × c channels, row-major, channels last (TF's NHWC without N). */
export interface Volume {
  h: number;
  w: number;
  c: number;
  data: Float32Array;
}

/** A layer's kernels: k × k × cIn weights for each of cOut kernels (TF's [k, k, cIn, cOut]). */
export interface Kernels {
  k: number;
  cIn: number;
  cOut: number;
  data: Float32Array;
}

/** How the kernels move: stride, zero padding on every side, and dilation. */
export interface ConvOptions {
  stride: number;
  pad: number;
  dilation: number;
}

export const volume = (h: number, w: number, c: number, data = new Float32Array(h * w * c)): Volume => ({
  h,
  w,
  c,
  data,
});

export const at = (v: Volume, row: number, col: number, channel = 0): number =>
  v.data[(row * v.w + col) * v.c + channel] as number;

/** One grey k × k kernel (rows of numbers) as a one-in, one-out Kernels. */
export function singleKernel(rows: readonly (readonly number[])[]): Kernels {
  return { k: rows.length, cIn: 1, cOut: 1, data: Float32Array.from(rows.flat()) };
}

/** Several grey k × k kernels of one layer (all the same size) as a one-in, many-out Kernels. */
export function kernelBank(kernels: readonly (readonly (readonly number[])[])[]): Kernels {
  const k = kernels[0]?.length ?? 0;
  if (kernels.some((rows) => rows.length !== k || rows.some((row) => row.length !== k))) {
    throw new Error('all kernels of one layer have the same size');
  }
  const cOut = kernels.length;
  const data = new Float32Array(k * k * cOut);
  kernels.forEach((rows, o) =>
    rows.forEach((row, i) => row.forEach((value, j) => (data[(i * k + j) * cOut + o] = value))),
  );
  return { k, cIn: 1, cOut, data };
}

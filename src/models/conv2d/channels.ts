import { conv2dWindow, type Window2d } from './window';
import { volume, type ConvOptions, type Kernels, type Volume } from './volume';

/**
 * A layer's kernels as a reader thinks of them: C_out kernels, each C_in slices of k × k weights,
 * indexed [o][c][u][v].
 */
export type KernelSlices = readonly (readonly (readonly (readonly number[])[])[])[];

/**
 * C_out kernels of depth C_in, given slice by slice ([o][c][u][v]), as one Kernels ([k, k, cIn, cOut]).
 * Every kernel must have the same depth and every slice the same k × k size.
 */
export function depthKernels(kernels: KernelSlices): Kernels {
  const cOut = kernels.length;
  const cIn = kernels[0]?.length ?? 0;
  const k = kernels[0]?.[0]?.length ?? 0;
  const fits = (slice: readonly (readonly number[])[]) =>
    slice.length === k && slice.every((row) => row.length === k);
  if (kernels.some((slices) => slices.length !== cIn || !slices.every(fits))) {
    throw new Error('all kernels of one layer have the same depth and size');
  }
  const data = new Float32Array(k * k * cIn * cOut);
  kernels.forEach((slices, o) =>
    slices.forEach((slice, c) =>
      slice.forEach((row, u) =>
        row.forEach((value, v) => (data[((u * k + v) * cIn + c) * cOut + o] = value)),
      ),
    ),
  );
  return { k, cIn, cOut, data };
}

/** Channel c of a volume, as a one-channel volume of the same height and width. */
export function channelOf(x: Volume, c: number): Volume {
  const out = volume(x.h, x.w, 1);
  for (let i = 0; i < x.h * x.w; i++) out.data[i] = x.data[i * x.c + c] as number;
  return out;
}

/** Slice c of kernel o: the k × k weights that meet input channel c, as a one-in, one-out Kernels. */
export function sliceOf(w: Kernels, c: number, o: number): Kernels {
  const data = new Float32Array(w.k * w.k);
  for (let i = 0; i < w.k * w.k; i++) data[i] = w.data[(i * w.cIn + c) * w.cOut + o] as number;
  return { k: w.k, cIn: 1, cOut: 1, data };
}

/**
 * Output (row, col) of kernel `out` taken apart by input channel: for each channel c, the window of
 * channel c under slice c of the kernel, its products and their sum. The feature map's value there is
 * the sum of these C_in sums plus the kernel's bias: a kernel of any depth makes one map.
 * @returns one Window2d per input channel, [cIn]
 */
export function channelWindows(
  x: Volume,
  w: Kernels,
  row: number,
  col: number,
  options: ConvOptions,
  out = 0,
): Window2d[] {
  if (x.c !== w.cIn) throw new Error(`the input has ${x.c} channels but the kernels expect ${w.cIn}`);
  return Array.from({ length: x.c }, (_, c) =>
    conv2dWindow(channelOf(x, c), sliceOf(w, c, out), row, col, options),
  );
}

/** Feature maps with one bias added to every value of each map: [h, w, c] + bias[c]. */
export function addBias(y: Volume, bias: readonly number[]): Volume {
  if (bias.length !== y.c) throw new Error(`${y.c} maps need ${y.c} biases, not ${bias.length}`);
  return volume(
    y.h,
    y.w,
    y.c,
    y.data.map((value, i) => value + (bias[i % y.c] as number)),
  );
}

/** One channel of a volume as rows of numbers, [h][w], for tables and pictures. */
export function rowsOf(x: Volume, c = 0): number[][] {
  return Array.from({ length: x.h }, (_, i) =>
    Array.from({ length: x.w }, (_, j) => x.data[(i * x.w + j) * x.c + c] as number),
  );
}

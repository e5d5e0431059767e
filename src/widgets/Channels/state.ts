import { choiceField, intField, numberField, numberListField } from '../../frame/schema';
import { outputSize } from '../../models/conv2d/geometry';
import { PRESETS } from '../../models/conv2d/presets';

/** The input's side in (averaged) pixels, the kernels' side, and so the feature maps' side (no padding, stride 1). */
export const INPUT_SIDE = 6;
export const KERNEL_SIDE = 3;
export const MAP_SIDE = outputSize({ n: INPUT_SIDE, k: KERNEL_SIDE, s: 1, p: 0, d: 1 });
export const CONV_OPTIONS = { stride: 1, pad: 0, dilation: 1 } as const;
export const MAX_KERNELS = 8;
export const WEIGHT_LIMIT = 10;

/**
 * Squares of chelsea.png (451 × 300) each shrunk to 6 × 6 by averaging `size / 6`-pixel blocks: the
 * green-yellow left eye in its fur, the pink nose under orange fur, the pale inside of the right ear.
 */
export const REGIONS = {
  eye: { top: 72, left: 130, size: 84 },
  nose: { top: 200, left: 226, size: 72 },
  ear: { top: 0, left: 318, size: 72 },
} as const;
export type RegionName = keyof typeof REGIONS;
export const REGION_NAMES = Object.keys(REGIONS) as RegionName[];

export type InputKind = 'rgb' | 'grey';

const centre = (w: number): number[] => [0, 0, 0, 0, w, 0, 0, 0, 0];
const edge = PRESETS.verticalEdge.flat();
const box = (w: number): number[] => new Array<number>(9).fill(w);

/** Whole kernels of depth 3 (slices R, G, B, each 3 × 3, row by row) for the RGB input. */
export const RGB_PRESETS = {
  channelsPresetEdge: [...edge, ...edge, ...edge],
  channelsPresetBrightness: [...centre(0.299), ...centre(0.587), ...centre(0.114)],
  channelsPresetRed: [...centre(1), ...centre(0), ...centre(0)],
  channelsPresetRedGreen: [...centre(1), ...centre(-1), ...centre(0)],
  channelsPresetBlur: [...box(1 / 27), ...box(1 / 27), ...box(1 / 27)],
} as const;

/** Kernels of depth 1 for the grey input. */
export const GREY_PRESETS = {
  channelsPresetEdge: edge,
  channelsPresetIdentity: centre(1),
  channelsPresetBlur: box(1 / 9),
} as const;

const weights = (length: number) => ({
  minLength: length,
  maxLength: length,
  min: -WEIGHT_LIMIT,
  max: WEIGHT_LIMIT,
});

/** The channels widget's state as it appears in a shared link (`?<id>.kernels=6&<id>.input=grey`). */
export const channelsSchema = {
  region: choiceField<RegionName>('eye', REGION_NAMES),
  input: choiceField<InputKind>('rgb', ['rgb', 'grey']),
  /** the first kernel on the RGB input: 27 weights, slice by slice */
  kernel: numberListField(RGB_PRESETS.channelsPresetEdge, weights(27)),
  /** the first kernel on the grey input: 9 weights */
  greyKernel: numberListField(GREY_PRESETS.channelsPresetEdge, weights(9)),
  bias: numberField(0, -WEIGHT_LIMIT, WEIGHT_LIMIT),
  /** C_out, the number of kernels and so of feature maps */
  kernels: intField(4, 1, MAX_KERNELS),
  /** the seed of kernels 2 … C_out */
  seed: intField(1, 0, 2 ** 31 - 1),
  row: intField(1, 0, MAP_SIDE - 1),
  col: intField(1, 0, MAP_SIDE - 1),
};

/** Flat weights, slice by slice, as [c][u][v]. */
export function toSlices(flat: readonly number[], depth: number): number[][][] {
  return Array.from({ length: depth }, (_, c) =>
    Array.from({ length: KERNEL_SIDE }, (_, u) =>
      flat.slice((c * KERNEL_SIDE + u) * KERNEL_SIDE, (c * KERNEL_SIDE + u + 1) * KERNEL_SIDE),
    ),
  );
}

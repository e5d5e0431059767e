import { choiceField, intField, numberListField, type StateOf } from '../../frame/schema';
import { presetOfSize, type PresetName } from '../../models/conv2d/presets';

export const PHOTOS = ['chelsea', 'camera', 'brick'] as const;
export type PhotoName = (typeof PHOTOS)[number];
/** the default photo's size, kept free on the canvases until the first photo has loaded */
export const FIRST_PHOTO_SIZE = { w: 451, h: 300 };

/**
 * How a feature map's values meet its colour scale: `stretch` ends the scale at the 99th percentile of
 * |value|, so a few extreme pixels cannot wash out the rest (the few beyond show at full colour, and
 * the figure says so); `full` ends it at the largest |value|, clipping nothing.
 */
export const CONTRASTS = ['stretch', 'full'] as const;
export type Contrast = (typeof CONTRASTS)[number];

export const SIZES = ['3', '5'] as const;
export type KernelSize = (typeof SIZES)[number];

/** One layer's kernels: each gives one feature map, and all share the layer's size. */
export const KERNEL_KEYS = ['k1', 'k2', 'k3', 'k4'] as const;
export type KernelKey = (typeof KERNEL_KEYS)[number];
export const MAX_KERNELS = KERNEL_KEYS.length;

/** any number a reader might try, as long as it is finite (NumberField's own default range) */
export const WEIGHT_LIMIT = 1e6;

/** the presets in the order the reader sees them */
export const PRESET_NAMES: readonly PresetName[] = [
  'identity',
  'box',
  'gaussian',
  'sharpen',
  'horizontalEdge',
  'verticalEdge',
  'sobel',
  'laplacian',
  'emboss',
];

/** what each slot holds until the reader changes it */
export const SLOT_PRESETS: Record<KernelKey, PresetName> = {
  k1: 'sobel',
  k2: 'laplacian',
  k3: 'gaussian',
  k4: 'emboss',
};

/** A kernel's weights, row by row (k·k of them); a link with another square number is resized. */
const weightsField = (preset: PresetName) =>
  numberListField(presetOfSize(preset, 3).flat(), {
    minLength: 1,
    maxLength: 25,
    min: -WEIGHT_LIMIT,
    max: WEIGHT_LIMIT,
  });

/** The kernel lab's state, as it appears in a shared link (`?<id>.k1=-1,0,1,-2,0,2,-1,0,1`). */
export const kernelLabSchema = {
  photo: choiceField<PhotoName>('chelsea', PHOTOS),
  size: choiceField<KernelSize>('3', SIZES),
  count: intField(2, 1, MAX_KERNELS),
  k1: weightsField(SLOT_PRESETS.k1),
  k2: weightsField(SLOT_PRESETS.k2),
  k3: weightsField(SLOT_PRESETS.k3),
  k4: weightsField(SLOT_PRESETS.k4),
  /** the kernel whose weights the editor shows, 1 to count */
  edit: intField(1, 1, MAX_KERNELS),
  contrast: choiceField<Contrast>('stretch', CONTRASTS),
};

export type KernelLabState = StateOf<typeof kernelLabSchema>;

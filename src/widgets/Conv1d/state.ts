import { choiceField, intField, numberListField } from '../../frame/schema';
import { SIGNALS } from '../../models/signals';

export const MAX_TAPS = 9;
export const SIGNAL_LENGTH = 48;
export const KERNEL_LIMIT = 100;

/** The 1-D convolution widget's state, as it appears in a shared link (`?<id>.kernel=1,0,-1`). */
export const conv1dSchema = {
  signal: choiceField('sine', SIGNALS),
  kernel: numberListField([0.25, 0.5, 0.25], {
    minLength: 1,
    maxLength: MAX_TAPS,
    min: -KERNEL_LIMIT,
    max: KERNEL_LIMIT,
  }),
  padding: choiceField('same', ['same', 'valid'] as const),
  position: intField(10, 0, SIGNAL_LENGTH - 1),
  speed: intField(4, 1, 20),
  seed: intField(7, 0, 2 ** 31 - 1),
};

export const KERNEL_PRESETS = {
  presetAverage: [1 / 3, 1 / 3, 1 / 3],
  presetSmooth: [0.0625, 0.25, 0.375, 0.25, 0.0625],
  presetEdge: [-1, 0, 1],
  presetIdentity: [0, 1, 0],
  presetSharpen: [-0.5, 2, -0.5],
} as const;

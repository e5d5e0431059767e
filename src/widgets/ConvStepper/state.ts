import { intField, numberListField } from '../../frame/schema';
import { PRESETS } from '../../models/conv2d/presets';
import { EYE_SIDE } from './eye';

export const KERNEL_SIZE = 3;
export const KERNEL_LIMIT = 100;
/** The feature map's side: stride 1 and no padding leave 10 − 3 + 1 = 8 windows a row. */
export const MAP_SIDE = EYE_SIDE - KERNEL_SIZE + 1;
export const STEPS = MAP_SIDE * MAP_SIDE;

/** The stepper's state in a shared link (`?<id>.kernel=-1,0,1,-1,0,1,-1,0,1&<id>.position=27`). */
export const stepperSchema = {
  /** the 3 × 3 weights, row by row */
  kernel: numberListField(PRESETS.verticalEdge.flat(), {
    minLength: KERNEL_SIZE ** 2,
    maxLength: KERNEL_SIZE ** 2,
    min: -KERNEL_LIMIT,
    max: KERNEL_LIMIT,
  }),
  /** the window's place in reading order: row · 8 + column */
  position: intField(0, 0, STEPS - 1),
  /** steps per second while playing */
  speed: intField(2, 1, 20),
};

/** The presets the reader can pick, from the classic hand-made kernels. */
export const STEPPER_PRESETS = {
  stepperPresetIdentity: PRESETS.identity,
  stepperPresetBox: PRESETS.box,
  stepperPresetVertical: PRESETS.verticalEdge,
  stepperPresetHorizontal: PRESETS.horizontalEdge,
  stepperPresetSharpen: PRESETS.sharpen,
} as const;

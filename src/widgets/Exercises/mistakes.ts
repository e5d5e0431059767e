import type { StringKey } from './strings';
import type { ParamsMistake, SizeMistake } from './solutions';

/** What each slip is called, for the feedback on an answer it produces. */
export const SIZE_MISTAKES: Record<SizeMistake, StringKey> = {
  noPadding: 'exerciseSizeNoPadding',
  noPlusOne: 'exerciseSizeNoPlusOne',
  noStride: 'exerciseSizeNoStride',
  roundedUp: 'exerciseSizeUnfloored',
};

export const PARAMS_MISTAKES: Record<ParamsMistake, StringKey> = {
  noBias: 'exerciseParamsNoBias',
  extraBias: 'exerciseParamsExtraBias',
  noDepth: 'exerciseParamsNoDepth',
  oneKernel: 'exerciseParamsOneKernel',
};

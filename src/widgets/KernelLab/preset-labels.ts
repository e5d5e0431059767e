import type { PresetName } from '../../models/conv2d/presets';

/** The string key of each preset's name. */
export const presetLabel = {
  identity: 'labPresetIdentity',
  box: 'labPresetBox',
  gaussian: 'labPresetGaussian',
  sharpen: 'labPresetSharpen',
  horizontalEdge: 'labPresetHorizontalEdge',
  verticalEdge: 'labPresetVerticalEdge',
  sobel: 'labPresetSobel',
  laplacian: 'labPresetLaplacian',
  emboss: 'labPresetEmboss',
} as const satisfies Record<PresetName, string>;

import type { Preset } from '../../frame/define-widget';
import { presetOfSize, type PresetName } from '../../models/conv2d/presets';
import { kernelLabSchema } from './state';
import type { StringKey } from './strings';

const weights = (name: PresetName, size = 3): number[] => presetOfSize(name, size).flat();

/** The states of the kernel lab worth seeing on their own (the gallery page shows each). */
export const kernelLabPresets: Preset<typeof kernelLabSchema, StringKey>[] = [
  { name: 'default', title: 'labGalleryDefault', state: {} },
  { name: 'full-range', title: 'labGalleryFullRange', state: { contrast: 'full' } },
  {
    name: 'edges',
    title: 'labGalleryEdges',
    state: {
      count: 4,
      k1: weights('verticalEdge'),
      k2: weights('horizontalEdge'),
      k3: weights('sobel'),
      k4: weights('laplacian'),
    },
  },
  {
    name: 'blur',
    title: 'labGalleryBlur',
    state: { size: '5', count: 2, k1: weights('gaussian', 5), k2: weights('box', 5) },
  },
  { name: 'emboss', title: 'labGalleryEmboss', state: { photo: 'camera', count: 1, k1: weights('emboss') } },
];

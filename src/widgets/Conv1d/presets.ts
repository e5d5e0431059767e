import type { Preset } from '../../frame/define-widget';
import { conv1dSchema } from './state';
import type { StringKey } from './strings';

/** The states of the 1-D convolution worth seeing on their own (the gallery page shows each). */
export const conv1dPresets: Preset<typeof conv1dSchema, StringKey>[] = [
  { name: 'default', title: 'galleryDefault', state: {} },
  { name: 'edge', title: 'galleryEdge', state: { signal: 'step', kernel: [-1, 0, 1], position: 24 } },
  {
    name: 'valid',
    title: 'galleryValid',
    state: { signal: 'pulse', kernel: [1, 1, 1, 1, 1], padding: 'valid', position: 0 },
  },
  {
    name: 'smooth-noise',
    title: 'gallerySmoothNoise',
    state: { signal: 'sine', kernel: [0.0625, 0.25, 0.375, 0.25, 0.0625] },
  },
];

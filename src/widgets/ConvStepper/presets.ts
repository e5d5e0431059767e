import type { Preset } from '../../frame/define-widget';
import { stepperSchema } from './state';
import type { StringKey } from './strings';

/** The stepper's states worth seeing on their own. */
export const stepperPresets: Preset<typeof stepperSchema, StringKey>[] = [
  { name: 'default', title: 'stepperGalleryDefault', state: {} },
  // at row 4, column 4 the window's left column is iris and its right column pupil: a strong −0.96
  {
    name: 'edge',
    title: 'stepperGalleryEdge',
    state: { kernel: [-1, 0, 1, -1, 0, 1, -1, 0, 1], position: 27 },
  },
  {
    name: 'full',
    title: 'stepperGalleryFull',
    state: { kernel: [-1, -1, -1, 0, 0, 0, 1, 1, 1], position: 63 },
  },
  {
    name: 'sharpen',
    title: 'stepperGallerySharpen',
    state: { kernel: [0, -1, 0, -1, 5, -1, 0, -1, 0], position: 35 },
  },
];

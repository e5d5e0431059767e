import type { Preset } from '../../frame/define-widget';
import { geometrySchema } from './state';
import type { StringKey } from './strings';

/** The geometries worth seeing on their own (the gallery page shows each). */
export const geometryPresets: Preset<typeof geometrySchema, StringKey>[] = [
  { name: 'default', title: 'geometryGalleryDefault', state: {} },
  { name: 'uncovered', title: 'geometryGalleryUncovered', state: { n: 6, k: 3, s: 2, p: 0, row: 1, col: 1 } },
  { name: 'same', title: 'geometryGallerySame', state: { n: 7, k: 5, s: 1, p: 2, row: 0, col: 0 } },
  {
    name: 'dilation',
    title: 'geometryGalleryDilation',
    state: { n: 7, k: 3, s: 1, p: 2, d: 2, row: 2, col: 3 },
  },
];

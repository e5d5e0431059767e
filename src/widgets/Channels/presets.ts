import type { Preset } from '../../frame/define-widget';
import { channelsSchema } from './state';
import type { StringKey } from './strings';

/** A 3 × 3 × 3 kernel with one weight per channel at the centre: red, green, blue. */
const centre = (red: number, green: number, blue: number): number[] =>
  [red, green, blue].flatMap((w) => [0, 0, 0, 0, w, 0, 0, 0, 0]);

/** The states of the channels widget worth seeing on their own (the gallery page shows each). */
export const channelsPresets: Preset<typeof channelsSchema, StringKey>[] = [
  { name: 'default', title: 'channelsGalleryDefault', state: {} },
  // the ITU-R BT.601 luma weights: the kernel computes the photo's brightness
  {
    name: 'brightness',
    title: 'channelsGalleryBrightness',
    state: { kernel: centre(0.299, 0.587, 0.114), kernels: 1 },
  },
  {
    name: 'red-green',
    title: 'channelsGalleryRedGreen',
    state: { region: 'nose', kernel: centre(1, -1, 0), row: 2, col: 2 },
  },
  { name: 'grey', title: 'channelsGalleryGrey', state: { input: 'grey', kernels: 8 } },
];

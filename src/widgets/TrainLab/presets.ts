import type { Preset } from '../../frame/define-widget';
import { trainLabSchema } from './state';
import type { StringKey } from './strings';

/** The training lab's states worth seeing on their own (the gallery page shows each). */
export const trainLabPresets: Preset<typeof trainLabSchema, StringKey>[] = [
  { name: 'cnn', title: 'trainGalleryCnn', state: {} },
  { name: 'lstm', title: 'trainGalleryLstm', state: { model: 'lstm-64x30', backend: 'cpu', epochs: 1 } },
];

import type { GalleryState } from '../gallery-types';

/** The training lab's states worth seeing on their own (the gallery page shows each). */
export const trainLabGallery: GalleryState[] = [
  { title: 'trainGalleryCnn', query: '' },
  { title: 'trainGalleryLstm', query: 'model=lstm-64x30&backend=cpu&epochs=1' },
];

import type { GalleryState } from '../gallery-types';

/** The geometries worth seeing on their own (the gallery page shows each). */
export const convGeometryGallery: GalleryState[] = [
  { title: 'geometryGalleryDefault', query: '' },
  { title: 'geometryGalleryUncovered', query: 'n=6&k=3&s=2&p=0&row=1&col=1' },
  { title: 'geometryGallerySame', query: 'n=7&k=5&s=1&p=2&row=0&col=0' },
  { title: 'geometryGalleryDilation', query: 'n=7&k=3&s=1&p=2&d=2&row=2&col=3' },
];

import type { GalleryState } from '../gallery-types';

/** The states of the 1-D convolution worth seeing on their own (the gallery page shows each). */
export const conv1dGallery: GalleryState[] = [
  { title: 'galleryDefault', query: '' },
  { title: 'galleryEdge', query: 'signal=step&kernel=-1,0,1&position=24' },
  { title: 'galleryValid', query: 'signal=pulse&kernel=1,1,1,1,1&padding=valid&position=0' },
  { title: 'gallerySmoothNoise', query: 'signal=sine&kernel=0.0625,0.25,0.375,0.25,0.0625' },
];

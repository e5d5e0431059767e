import type { GalleryState } from '../gallery-types';

/** The stepper's states worth seeing on their own. */
export const stepperGallery: GalleryState[] = [
  { title: 'stepperGalleryDefault', query: '' },
  // at row 4, column 4 the window's left column is iris and its right column pupil: a strong −0.96
  { title: 'stepperGalleryEdge', query: 'kernel=-1,0,1,-1,0,1,-1,0,1&position=27' },
  { title: 'stepperGalleryFull', query: 'kernel=-1,-1,-1,0,0,0,1,1,1&position=63' },
  { title: 'stepperGallerySharpen', query: 'kernel=0,-1,0,-1,5,-1,0,-1,0&position=35' },
];

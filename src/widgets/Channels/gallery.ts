import type { GalleryState } from '../gallery-types';

/** The states of the channels widget worth seeing on their own (the gallery page shows each). */
export const channelsGallery: GalleryState[] = [
  { title: 'channelsGalleryDefault', query: '' },
  {
    title: 'channelsGalleryBrightness',
    query: 'kernel=0,0,0,0,0.299,0,0,0,0,0,0,0,0,0.587,0,0,0,0,0,0,0,0,0.114,0,0,0,0&kernels=1',
  },
  {
    title: 'channelsGalleryRedGreen',
    query: 'region=nose&kernel=0,0,0,0,1,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,0,0,0&row=2&col=2',
  },
  { title: 'channelsGalleryGrey', query: 'input=grey&kernels=8' },
];

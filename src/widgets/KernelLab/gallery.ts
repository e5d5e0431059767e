import { presetOfSize, type PresetName } from '../../models/conv2d/presets';
import type { GalleryState } from '../gallery-types';

const weights = (name: PresetName, size = 3): string => presetOfSize(name, size).flat().join(',');

/** The states of the kernel lab worth seeing on their own (the gallery page shows each). */
export const kernelLabGallery: GalleryState[] = [
  { title: 'labGalleryDefault', query: '' },
  { title: 'labGalleryFullRange', query: 'contrast=full' },
  {
    title: 'labGalleryEdges',
    query: `count=4&k1=${weights('verticalEdge')}&k2=${weights('horizontalEdge')}&k3=${weights('sobel')}&k4=${weights('laplacian')}`,
  },
  {
    title: 'labGalleryBlur',
    query: `size=5&count=2&k1=${weights('gaussian', 5)}&k2=${weights('box', 5)}`,
  },
  { title: 'labGalleryEmboss', query: `photo=camera&count=1&k1=${weights('emboss')}` },
];

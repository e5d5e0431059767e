import { blockAverage } from '../../models/conv2d/block-average';
import { crop } from '../../models/conv2d/grey';
import type { Volume } from '../../models/conv2d/volume';
import { INPUT_SIDE, REGIONS, type InputKind, type RegionName } from './state';

/** The whole photo, as three channels and as one of brightness, in [0, 1]. */
export interface Photo {
  rgb: Volume;
  grey: Volume;
}

/**
 * The widget's input: one region of the photo shrunk to 6 × 6 by averaging blocks, in colour or in
 * grey. Values are rounded to two decimals, so the numbers the reader sees are the ones convolved.
 * @returns [6, 6, 3] or [6, 6, 1]
 */
export function inputOf(photo: Photo, region: RegionName, kind: InputKind): Volume {
  const { top, left, size } = REGIONS[region];
  const small = blockAverage(crop(photo[kind], top, left, size, size), size / INPUT_SIDE);
  return { ...small, data: small.data.map((v) => Math.round(v * 100) / 100) };
}

import { blockAverage } from '../../models/conv2d/block-average';
import { crop, toGrey } from '../../models/conv2d/grey';
import type { Volume } from '../../models/conv2d/volume';

/**
 * The cat's left eye (on the left of the photo) in chelsea.png, 451 × 300: a 90 × 90 square from
 * row 70, column 125 holds the whole eye with a rim of fur. Ten by ten original pixels would show only
 * a patch of iris, so the square is shrunk by averaging 9 × 9 blocks: at 10 × 10 the fur frame, the
 * dark rim of the eye and the darker pupil in its middle are still there, and 100 numbers still fit on
 * a phone.
 */
export const EYE = { top: 70, left: 125, size: 90, block: 9 } as const;

/** The image's side, in (averaged) pixels. */
export const EYE_SIDE = EYE.size / EYE.block;

/**
 * The eye as one grey channel in [0, 1], from the photo's RGBA pixels. Values are rounded to two
 * decimals, so the numbers the reader sees are exactly the ones the convolution uses.
 * @returns [10, 10, 1]
 */
export function eyeFromPixels(rgba: ArrayLike<number>, width: number, height: number): Volume {
  const grey = toGrey(rgba, width, height);
  const eye = blockAverage(crop(grey, EYE.top, EYE.left, EYE.size, EYE.size), EYE.block);
  return { ...eye, data: eye.data.map((v) => Math.round(v * 100) / 100) };
}

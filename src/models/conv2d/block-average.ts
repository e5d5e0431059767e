import { volume, type Volume } from './volume';

/**
 * Shrinks an image by averaging each block × block square of pixels into one (a non-overlapping
 * average pool), channel by channel. Rows and columns that do not fill a whole block are dropped.
 * @returns [⌊h / block⌋, ⌊w / block⌋, c]
 */
export function blockAverage(v: Volume, block: number): Volume {
  const out = volume(Math.floor(v.h / block), Math.floor(v.w / block), v.c);
  for (let i = 0; i < out.h * block; i++) {
    for (let j = 0; j < out.w * block; j++) {
      for (let c = 0; c < v.c; c++) {
        const target = (Math.floor(i / block) * out.w + Math.floor(j / block)) * v.c + c;
        out.data[target] =
          (out.data[target] as number) + (v.data[(i * v.w + j) * v.c + c] as number) / block ** 2;
      }
    }
  }
  return out;
}

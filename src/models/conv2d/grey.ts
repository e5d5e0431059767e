import { volume, type Volume } from './volume';

/**
 * RGBA pixels (a canvas's ImageData) as one channel of brightness in [0, 1], weighting red, green and
 * blue by how bright each looks to us (ITU-R BT.601: 0.299, 0.587, 0.114).
 */
export function toGrey(rgba: ArrayLike<number>, width: number, height: number): Volume {
  const out = volume(height, width, 1);
  for (let i = 0; i < width * height; i++) {
    out.data[i] =
      (0.299 * (rgba[4 * i] as number) +
        0.587 * (rgba[4 * i + 1] as number) +
        0.114 * (rgba[4 * i + 2] as number)) /
      255;
  }
  return out;
}

/** RGBA pixels as three channels in [0, 1]. */
export function toRgb(rgba: ArrayLike<number>, width: number, height: number): Volume {
  const out = volume(height, width, 3);
  for (let i = 0; i < width * height; i++)
    for (let c = 0; c < 3; c++) out.data[3 * i + c] = (rgba[4 * i + c] as number) / 255;
  return out;
}

/** A rectangle of a volume: rows [top, top + h), columns [left, left + w). */
export function crop(v: Volume, top: number, left: number, h: number, w: number): Volume {
  const out = volume(h, w, v.c);
  for (let i = 0; i < h; i++)
    out.data.set(
      v.data.subarray(((top + i) * v.w + left) * v.c, ((top + i) * v.w + left + w) * v.c),
      i * w * v.c,
    );
  return out;
}

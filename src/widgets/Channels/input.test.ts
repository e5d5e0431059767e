import { describe, expect, it } from 'vitest';
import { volume } from '../../models/conv2d/volume';
import { inputOf, type Photo } from './input';
import { INPUT_SIDE, REGIONS, REGION_NAMES, toSlices } from './state';

const H = 300;
const W = 451;
const value = (i: number, j: number, c: number) => ((i * 3 + j * 5 + c * 7) % 100) / 100;
const photo: Photo = {
  rgb: volume(
    H,
    W,
    3,
    Float32Array.from({ length: H * W * 3 }, (_, n) =>
      value(Math.floor(n / 3 / W), Math.floor(n / 3) % W, n % 3),
    ),
  ),
  grey: volume(
    H,
    W,
    1,
    Float32Array.from({ length: H * W }, (_, n) => value(Math.floor(n / W), n % W, 0)),
  ),
};

describe('inputOf', () => {
  it.each(REGION_NAMES)('shrinks the %s to 6 × 6, in colour and in grey, within the photo', (region) => {
    const { top, left, size } = REGIONS[region];
    expect(top + size).toBeLessThanOrEqual(H);
    expect(left + size).toBeLessThanOrEqual(W);
    expect(size % INPUT_SIDE).toBe(0);
    const rgb = inputOf(photo, region, 'rgb');
    const grey = inputOf(photo, region, 'grey');
    expect([rgb.h, rgb.w, rgb.c]).toEqual([6, 6, 3]);
    expect([grey.h, grey.w, grey.c]).toEqual([6, 6, 1]);
  });

  it('averages each block and rounds to two decimals', () => {
    const { top, left, size } = REGIONS.eye;
    const block = size / INPUT_SIDE;
    let sum = 0;
    for (let u = 0; u < block; u++)
      for (let v = 0; v < block; v++) sum += value(top + block + u, left + v, 2);
    const x = inputOf(photo, 'eye', 'rgb');
    // row 1, column 0, channel 2
    expect(x.data[(1 * 6 + 0) * 3 + 2]).toBeCloseTo(Math.round((sum / block ** 2) * 100) / 100, 6);
    for (const v of x.data) expect(Math.abs(v * 100 - Math.round(v * 100))).toBeLessThan(1e-4);
  });
});

describe('toSlices', () => {
  it('reads flat weights slice by slice, row by row', () => {
    const flat = Array.from({ length: 18 }, (_, i) => i);
    expect(toSlices(flat, 2)).toEqual([
      [
        [0, 1, 2],
        [3, 4, 5],
        [6, 7, 8],
      ],
      [
        [9, 10, 11],
        [12, 13, 14],
        [15, 16, 17],
      ],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { crop, toGrey, toRgb } from './grey';
import { at, volume } from './volume';

/** RGBA bytes of w × h pixels from [r, g, b, a] tuples, row by row. */
const rgba = (pixels: readonly (readonly [number, number, number, number])[]): Uint8ClampedArray =>
  Uint8ClampedArray.from(pixels.flat());

describe('toGrey', () => {
  it('weights red, green and blue by 0.299, 0.587 and 0.114 (BT.601)', () => {
    const grey = toGrey(
      rgba([
        [255, 0, 0, 255],
        [0, 255, 0, 255],
        [0, 0, 255, 255],
        [255, 255, 255, 255],
        [0, 0, 0, 255],
        [51, 102, 204, 255],
      ]),
      6,
      1,
    );
    expect([grey.h, grey.w, grey.c]).toEqual([1, 6, 1]);
    const expected = [0.299, 0.587, 0.114, 1, 0, (0.299 * 51 + 0.587 * 102 + 0.114 * 204) / 255];
    expected.forEach((value, i) => expect(grey.data[i]).toBeCloseTo(value, 6));
  });

  it('ignores alpha', () => {
    const opaque = toGrey(rgba([[10, 200, 30, 255]]), 1, 1);
    const clear = toGrey(rgba([[10, 200, 30, 0]]), 1, 1);
    expect(clear.data).toEqual(opaque.data);
  });

  it('keeps the pixels row by row: width columns, height rows', () => {
    // 3 wide, 2 high; pixel (row, col) has red = 10·row + col
    const pixels = [0, 1, 2, 10, 11, 12].map((r) => [r * 10, 0, 0, 255] as const);
    const grey = toGrey(rgba(pixels), 3, 2);
    expect([grey.h, grey.w, grey.c]).toEqual([2, 3, 1]);
    for (let row = 0; row < 2; row++) {
      for (let col = 0; col < 3; col++)
        expect(at(grey, row, col)).toBeCloseTo((0.299 * (10 * row + col) * 10) / 255, 6);
    }
  });

  it('accepts a plain array', () => {
    expect(Array.from(toGrey([255, 255, 255, 255], 1, 1).data)).toEqual([1]);
  });
});

describe('toRgb', () => {
  it('gives three channels in [0, 1] in r, g, b order and drops alpha', () => {
    const rgb = toRgb(
      rgba([
        [255, 0, 51, 7],
        [0, 102, 255, 255],
      ]),
      1,
      2,
    );
    expect([rgb.h, rgb.w, rgb.c]).toEqual([2, 1, 3]);
    expect(rgb.data).toHaveLength(6);
    const expected = [1, 0, 0.2, 0, 0.4, 1];
    expected.forEach((value, i) => expect(rgb.data[i]).toBeCloseTo(value, 6));
    expect(at(rgb, 1, 0, 1)).toBeCloseTo(0.4, 6);
  });
});

describe('crop', () => {
  const v = volume(
    4,
    5,
    2,
    Float32Array.from({ length: 40 }, (_, i) => i),
  );

  it('copies rows [top, top + h) and columns [left, left + w) of every channel', () => {
    const out = crop(v, 1, 2, 2, 3);
    expect([out.h, out.w, out.c]).toEqual([2, 3, 2]);
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 3; j++) {
        for (let c = 0; c < 2; c++) expect(at(out, i, j, c)).toBe(at(v, 1 + i, 2 + j, c));
      }
    }
  });

  it('gives the whole volume back, as a copy', () => {
    const out = crop(v, 0, 0, 4, 5);
    expect(out).toEqual(v);
    expect(out.data).not.toBe(v.data);
  });

  it('takes single rows, single columns and single pixels', () => {
    expect(Array.from(crop(v, 3, 0, 1, 5).data)).toEqual(Array.from({ length: 10 }, (_, i) => 30 + i));
    expect(Array.from(crop(v, 0, 4, 4, 1).data)).toEqual([8, 9, 18, 19, 28, 29, 38, 39]);
    expect(Array.from(crop(v, 2, 3, 1, 1).data)).toEqual([26, 27]);
  });
});

import { describe, expect, it } from 'vitest';
import { EYE, EYE_SIDE, eyeFromPixels } from './eye';

const WIDTH = 451;
const HEIGHT = 300;

/** A black photo with some pixels set to a grey level (r = g = b). */
function photo(lit: (row: number, col: number) => number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(WIDTH * HEIGHT * 4);
  for (let r = 0; r < HEIGHT; r++)
    for (let c = 0; c < WIDTH; c++) rgba.fill(lit(r, c), (r * WIDTH + c) * 4, (r * WIDTH + c) * 4 + 3);
  return rgba;
}

describe('eyeFromPixels', () => {
  it('averages each 9 × 9 block of the eye’s square into one grey pixel', () => {
    // light exactly the block that becomes row 2, column 3
    const top = EYE.top + 2 * EYE.block;
    const left = EYE.left + 3 * EYE.block;
    const inBlock = (r: number, c: number) =>
      r >= top && r < top + EYE.block && c >= left && c < left + EYE.block;
    const eye = eyeFromPixels(
      photo((r, c) => (inBlock(r, c) ? 255 : 0)),
      WIDTH,
      HEIGHT,
    );
    expect([eye.h, eye.w, eye.c]).toEqual([EYE_SIDE, EYE_SIDE, 1]);
    expect(eye.data[2 * EYE_SIDE + 3]).toBe(1);
    expect(Array.from(eye.data).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('rounds to two decimals, the numbers the reader sees', () => {
    // every third row of the square lit: each block is a third white
    const eye = eyeFromPixels(
      photo((r) => ((r - EYE.top) % 3 === 0 ? 255 : 0)),
      WIDTH,
      HEIGHT,
    );
    expect(new Set(eye.data)).toEqual(new Set([Math.fround(0.33)]));
  });
});

import { describe, expect, it } from 'vitest';
import { blockAverage } from './block-average';
import { volume } from './volume';

describe('blockAverage', () => {
  it('averages each block of pixels into one, channel by channel', () => {
    // a 4 × 4 two-channel image: channel 0 counts 0…15 row by row, channel 1 is all ones
    const data = Float32Array.from({ length: 32 }, (_, i) => (i % 2 === 0 ? i / 2 : 1));
    const out = blockAverage(volume(4, 4, 2, data), 2);
    expect([out.h, out.w, out.c]).toEqual([2, 2, 2]);
    // the top-left block holds 0, 1, 4, 5
    expect(Array.from(out.data)).toEqual([2.5, 1, 4.5, 1, 10.5, 1, 12.5, 1]);
  });

  it('drops the rows and columns that do not fill a whole block', () => {
    const out = blockAverage(volume(5, 7, 1, new Float32Array(35).fill(0.5)), 3);
    expect([out.h, out.w]).toEqual([1, 2]);
    expect(Array.from(out.data)).toEqual([0.5, 0.5]);
  });
});

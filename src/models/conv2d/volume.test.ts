import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { referenceConv2d } from '../reference/conv2d';
import { PRESETS } from './presets';
import { at, kernelBank, singleKernel, volume, type Volume } from './volume';

const randomVolume = (random: () => number, h: number, w: number): Volume =>
  volume(
    h,
    w,
    1,
    Float32Array.from({ length: h * w }, () => random() * 2 - 1),
  );

const randomRows = (random: () => number, k: number): number[][] =>
  Array.from({ length: k }, () => Array.from({ length: k }, () => random() * 2 - 1));

describe('volume and at', () => {
  it('makes a zero volume of h · w · c values', () => {
    const v = volume(2, 3, 4);
    expect([v.h, v.w, v.c]).toEqual([2, 3, 4]);
    expect(v.data).toEqual(new Float32Array(24));
  });

  it('keeps the data it is given', () => {
    const data = Float32Array.from([1, 2, 3, 4]);
    expect(volume(2, 2, 1, data).data).toBe(data);
  });

  it('reads row-major, channels last', () => {
    const v = volume(
      2,
      3,
      2,
      Float32Array.from({ length: 12 }, (_, i) => i),
    );
    expect(at(v, 0, 0)).toBe(0);
    expect(at(v, 0, 0, 1)).toBe(1);
    expect(at(v, 0, 1)).toBe(2);
    expect(at(v, 1, 0)).toBe(6);
    expect(at(v, 1, 2, 1)).toBe(11);
  });
});

describe('singleKernel', () => {
  it('is one-in, one-out, row by row', () => {
    const w = singleKernel(PRESETS.sobel);
    expect([w.k, w.cIn, w.cOut]).toEqual([3, 1, 1]);
    expect(Array.from(w.data)).toEqual([-1, 0, 1, -2, 0, 2, -1, 0, 1]);
  });
});

describe('kernelBank', () => {
  it('lays the kernels out as [k, k, 1, cOut]: the output channel varies fastest', () => {
    const a = [
      [1, 2],
      [3, 4],
    ];
    const b = [
      [10, 20],
      [30, 40],
    ];
    const c = [
      [100, 200],
      [300, 400],
    ];
    const bank = kernelBank([a, b, c]);
    expect([bank.k, bank.cIn, bank.cOut]).toEqual([2, 1, 3]);
    expect(Array.from(bank.data)).toEqual([1, 10, 100, 2, 20, 200, 3, 30, 300, 4, 40, 400]);
  });

  it('gives the same maps as convolving with each kernel on its own', () => {
    const random = seededRandom(31);
    for (const k of [1, 2, 3, 5]) {
      for (const options of [
        { stride: 1, pad: 0, dilation: 1 },
        { stride: 2, pad: 1, dilation: 1 },
        { stride: 1, pad: 2, dilation: 2 },
      ]) {
        const x = randomVolume(random, 9, 7);
        const kernels = [randomRows(random, k), randomRows(random, k), randomRows(random, k)];
        const together = referenceConv2d(x, kernelBank(kernels), options);
        expect(together.c).toBe(3);
        kernels.forEach((rows, o) => {
          const alone = referenceConv2d(x, singleKernel(rows), options);
          expect([alone.h, alone.w]).toEqual([together.h, together.w]);
          for (let i = 0; i < alone.h; i++) {
            for (let j = 0; j < alone.w; j++) expect(at(together, i, j, o)).toBe(at(alone, i, j));
          }
        });
      }
    }
  });

  it('gives a one-kernel bank the layout of singleKernel', () => {
    expect(kernelBank([PRESETS.emboss])).toEqual(singleKernel(PRESETS.emboss));
  });

  it('throws for kernels of mixed sizes, or a kernel that is not square', () => {
    expect(() => kernelBank([PRESETS.box, [[1]]])).toThrow('all kernels of one layer have the same size');
    expect(() =>
      kernelBank([
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
      ]),
    ).toThrow('all kernels of one layer have the same size');
    expect(() =>
      kernelBank([
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 2],
          [3, 4, 5],
        ],
      ]),
    ).toThrow('all kernels of one layer have the same size');
  });
});

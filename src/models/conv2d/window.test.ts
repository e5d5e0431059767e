import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { referenceConv2d } from '../reference/conv2d';
import { PRESETS } from './presets';
import { at, kernelBank, singleKernel, volume, type Kernels, type Volume } from './volume';
import { conv2dWindow } from './window';

const randomInt = (random: () => number, lo: number, hi: number): number =>
  lo + Math.floor(random() * (hi - lo + 1));

const randomVolume = (random: () => number, h: number, w: number): Volume =>
  volume(
    h,
    w,
    1,
    Float32Array.from({ length: h * w }, () => random() * 2 - 1),
  );

const randomKernels = (random: () => number, k: number, cOut: number): Kernels => ({
  k,
  cIn: 1,
  cOut,
  data: Float32Array.from({ length: k * k * cOut }, () => random() * 2 - 1),
});

/** 1 … h·w, row by row. */
const counting = (h: number, w: number): Volume =>
  volume(
    h,
    w,
    1,
    Float32Array.from({ length: h * w }, (_, i) => i + 1),
  );

describe('conv2dWindow', () => {
  it('sums to the reference output at every position and output channel (200 random one-channel cases)', () => {
    const random = seededRandom(77);
    let positions = 0;
    for (let n = 0; n < 200; n++) {
      const x = randomVolume(random, randomInt(random, 1, 9), randomInt(random, 1, 9));
      const w = randomKernels(random, randomInt(random, 1, 5), randomInt(random, 1, 3));
      // the window is plain arithmetic, so a stride and a dilation may both exceed 1 here
      const options = {
        stride: randomInt(random, 1, 3),
        pad: randomInt(random, 0, 3),
        dilation: randomInt(random, 1, 3),
      };
      const label = `${x.h}×${x.w}, k=${w.k}, cOut=${w.cOut}, ${JSON.stringify(options)}`;
      const expected = referenceConv2d(x, w, options);
      for (let i = 0; i < expected.h; i++) {
        for (let j = 0; j < expected.w; j++) {
          for (let o = 0; o < w.cOut; o++) {
            const window = conv2dWindow(x, w, i, j, options, o);
            expect(window.sum, `${label} at (${i}, ${j}, ${o})`).toBeCloseTo(at(expected, i, j, o), 5);
            expect(window.top).toBe(i * options.stride - options.pad);
            expect(window.left).toBe(j * options.stride - options.pad);
            positions += 1;
          }
        }
      }
    }
    expect(positions).toBeGreaterThan(1000);
  });

  it('lays out inputs, padding, weights and products tap by tap (random cases)', () => {
    const random = seededRandom(78);
    for (let n = 0; n < 100; n++) {
      const x = randomVolume(random, randomInt(random, 1, 8), randomInt(random, 1, 8));
      const w = randomKernels(random, randomInt(random, 1, 4), randomInt(random, 1, 3));
      const options = {
        stride: randomInt(random, 1, 3),
        pad: randomInt(random, 0, 3),
        dilation: randomInt(random, 1, 3),
      };
      const row = randomInt(random, 0, 3);
      const col = randomInt(random, 0, 3);
      const o = randomInt(random, 0, w.cOut - 1);
      const window = conv2dWindow(x, w, row, col, options, o);
      for (const grid of [window.inputs, window.padding, window.weights, window.products]) {
        expect(grid).toHaveLength(w.k);
        for (const r of grid) expect(r).toHaveLength(w.k);
      }
      for (let u = 0; u < w.k; u++) {
        for (let v = 0; v < w.k; v++) {
          const i = window.top + u * options.dilation;
          const j = window.left + v * options.dilation;
          const outside = i < 0 || i >= x.h || j < 0 || j >= x.w;
          expect(window.padding[u]![v]).toBe(outside);
          expect(window.inputs[u]![v]).toBe(outside ? 0 : at(x, i, j));
          expect(window.weights[u]![v]).toBe(w.data[(u * w.k + v) * w.cOut + o]);
          expect(window.products[u]![v]).toBe(window.inputs[u]![v]! * window.weights[u]![v]!);
        }
      }
    }
  });

  it('marks the first row and column as padding in the top-left window with padding 1', () => {
    const x = counting(3, 3);
    const window = conv2dWindow(x, singleKernel(PRESETS.box), 0, 0, { stride: 1, pad: 1, dilation: 1 });
    expect(window.top).toBe(-1);
    expect(window.left).toBe(-1);
    expect(window.padding).toEqual([
      [true, true, true],
      [true, false, false],
      [true, false, false],
    ]);
    expect(window.inputs).toEqual([
      [0, 0, 0],
      [0, 1, 2],
      [0, 4, 5],
    ]);
    expect(window.sum).toBeCloseTo(12 / 9, 6);
  });

  it('marks the last row and column as padding in the bottom-right window', () => {
    const x = counting(3, 3);
    const window = conv2dWindow(x, singleKernel(PRESETS.identity), 2, 2, { stride: 1, pad: 1, dilation: 1 });
    expect([window.top, window.left]).toEqual([1, 1]);
    expect(window.padding).toEqual([
      [false, false, true],
      [false, false, true],
      [true, true, true],
    ]);
    expect(window.sum).toBe(9);
  });

  it('moves by the stride and spreads its taps by the dilation', () => {
    const x = counting(7, 7);
    const options = { stride: 2, pad: 1, dilation: 2 };
    const window = conv2dWindow(x, singleKernel(PRESETS.identity), 1, 2, options);
    expect([window.top, window.left]).toEqual([1, 3]);
    // taps at rows 1, 3, 5 and columns 3, 5, 7 (7 is past the edge)
    expect(window.inputs).toEqual([
      [11, 13, 0],
      [25, 27, 0],
      [39, 41, 0],
    ]);
    expect(window.padding.map((r) => r[2])).toEqual([true, true, true]);
    expect(window.sum).toBe(27);
  });

  it('reads the weights of the chosen output channel', () => {
    const x = counting(3, 3);
    const w = kernelBank([PRESETS.identity, PRESETS.box, PRESETS.sobel]);
    const options = { stride: 1, pad: 0, dilation: 1 };
    expect(conv2dWindow(x, w, 0, 0, options).weights).toEqual(
      PRESETS.identity.map((r) => r.map((v) => Math.fround(v))),
    );
    expect(conv2dWindow(x, w, 0, 0, options, 1).weights).toEqual(
      PRESETS.box.map((r) => r.map((v) => Math.fround(v))),
    );
    const sobel = conv2dWindow(x, w, 0, 0, options, 2);
    expect(sobel.weights).toEqual(PRESETS.sobel.map((r) => [...r]));
    expect(sobel.sum).toBe(8); // each row rises by 2 from left to right: (1 + 2 + 1) · 2
  });
});

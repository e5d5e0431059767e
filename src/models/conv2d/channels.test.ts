import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { referenceConv2d } from '../reference/conv2d';
import { addBias, channelOf, channelWindows, depthKernels, rowsOf, sliceOf } from './channels';
import { conv2dTf } from './conv2d-tf';
import { randomKernels } from './random-kernels';
import { at, singleKernel, volume, type Volume } from './volume';

const randomVolume = (random: () => number, h: number, w: number, c: number): Volume =>
  volume(
    h,
    w,
    c,
    Float32Array.from({ length: h * w * c }, () => random()),
  );

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

describe('depthKernels', () => {
  it('lays slices out as TF’s [k, k, cIn, cOut], which sliceOf reads back', () => {
    const random = seededRandom(3);
    const slices = randomKernels(random, 4, 3, 3);
    const w = depthKernels(slices);
    expect([w.k, w.cIn, w.cOut]).toEqual([3, 3, 4]);
    for (let o = 0; o < 4; o++)
      for (let c = 0; c < 3; c++)
        expect(Array.from(sliceOf(w, c, o).data)).toEqual(
          Array.from(Float32Array.from(slices[o]![c]!.flat())),
        );
  });

  it('gives a convolution that sums the one-channel convolutions of each slice (the reference)', () => {
    const random = seededRandom(11);
    const x = randomVolume(random, 6, 7, 3);
    const slices = randomKernels(random, 2, 3, 3);
    const y = referenceConv2d(x, depthKernels(slices), { stride: 1, pad: 1, dilation: 1 });
    for (let o = 0; o < 2; o++) {
      const parts = [0, 1, 2].map((c) =>
        referenceConv2d(channelOf(x, c), singleKernel(slices[o]![c]!), { stride: 1, pad: 1, dilation: 1 }),
      );
      for (let i = 0; i < y.h; i++)
        for (let j = 0; j < y.w; j++)
          expect(at(y, i, j, o)).toBeCloseTo(
            parts.reduce((s, p) => s + at(p, i, j), 0),
            5,
          );
    }
  });

  it('refuses kernels of different depths or sizes', () => {
    const k3 = [
      [0, 0, 0],
      [0, 1, 0],
      [0, 0, 0],
    ];
    expect(() => depthKernels([[k3, k3], [k3]])).toThrow(/same depth/);
    expect(() => depthKernels([[k3, [[1]]]])).toThrow(/same depth/);
  });
});

describe('channelWindows', () => {
  const cases = [
    { k: 3, stride: 1, pad: 0, dilation: 1 },
    { k: 3, stride: 2, pad: 1, dilation: 1 },
    { k: 2, stride: 1, pad: 0, dilation: 2 },
  ];
  it.each(cases)(
    'sum, with the bias, to the reference and to TF.js at every position (%o)',
    async ({ k, ...options }) => {
      const random = seededRandom(100 + k + options.stride);
      const x = randomVolume(random, 6, 6, 3);
      const w = depthKernels(randomKernels(random, 3, 3, k));
      const bias = [0.5, -0.25, 0];
      const expected = addBias(referenceConv2d(x, w, options), bias);
      const actual = addBias(await conv2dTf(tf, x, w, options), bias);
      expect([actual.h, actual.w, actual.c]).toEqual([expected.h, expected.w, expected.c]);
      for (let i = 0; i < expected.h; i++)
        for (let j = 0; j < expected.w; j++)
          for (let o = 0; o < 3; o++) {
            const windows = channelWindows(x, w, i, j, options, o);
            expect(windows).toHaveLength(3);
            const total = windows.reduce((s, win) => s + win.sum, 0) + bias[o]!;
            expect(total).toBeCloseTo(at(expected, i, j, o), 5);
            expect(total).toBeCloseTo(at(actual, i, j, o), 4);
          }
    },
  );

  it('shows each channel’s own window and slice', () => {
    const x = volume(
      3,
      3,
      2,
      Float32Array.from({ length: 18 }, (_, i) => (i % 2 === 0 ? 1 : 10)),
    );
    const ones = [
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ];
    const w = depthKernels([[ones, ones.map((r) => r.map(() => -1))]]);
    const [first, second] = channelWindows(x, w, 0, 0, { stride: 1, pad: 0, dilation: 1 });
    expect(first!.sum).toBe(9);
    expect(second!.sum).toBe(-90);
    expect(second!.inputs[1]).toEqual([10, 10, 10]);
  });

  it('refuses an input whose depth differs from the kernels’', () => {
    const w = depthKernels([[[[1]], [[1]], [[1]]]]);
    expect(() => channelWindows(volume(2, 2, 1), w, 0, 0, { stride: 1, pad: 0, dilation: 1 })).toThrow(/3/);
  });

  it('leaves no TF.js tensors behind', async () => {
    const before = tf.memory().numTensors;
    const random = seededRandom(8);
    await conv2dTf(tf, randomVolume(random, 6, 6, 3), depthKernels(randomKernels(random, 8, 3, 3)), {
      stride: 1,
      pad: 0,
      dilation: 1,
    });
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('channel helpers', () => {
  const x = volume(
    2,
    2,
    3,
    Float32Array.from({ length: 12 }, (_, i) => i),
  );

  it('channelOf and rowsOf read one channel', () => {
    expect(Array.from(channelOf(x, 1).data)).toEqual([1, 4, 7, 10]);
    expect(rowsOf(x, 2)).toEqual([
      [2, 5],
      [8, 11],
    ]);
    expect(rowsOf(channelOf(x, 0))).toEqual([
      [0, 3],
      [6, 9],
    ]);
  });

  it('addBias adds one bias per map and checks the count', () => {
    expect(Array.from(addBias(x, [100, 0, -1]).data.slice(0, 6))).toEqual([100, 1, 1, 103, 4, 4]);
    expect(() => addBias(x, [1])).toThrow(/3 biases/);
  });
});

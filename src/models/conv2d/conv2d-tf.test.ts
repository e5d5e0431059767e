import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { referenceConv2d } from '../reference/conv2d';
import { conv2dTf } from './conv2d-tf';
import { outputSize } from './geometry';
import { PRESETS } from './presets';
import { singleKernel, volume, type ConvOptions, type Kernels, type Volume } from './volume';

const TOLERANCE = 1e-4;

const randomInt = (random: () => number, lo: number, hi: number): number =>
  lo + Math.floor(random() * (hi - lo + 1));

const randomVolume = (random: () => number, h: number, w: number, c: number): Volume =>
  volume(
    h,
    w,
    c,
    Float32Array.from({ length: h * w * c }, () => random() * 2 - 1),
  );

const randomKernels = (random: () => number, k: number, cIn: number, cOut: number): Kernels => ({
  k,
  cIn,
  cOut,
  data: Float32Array.from({ length: k * k * cIn * cOut }, () => random() * 2 - 1),
});

interface Case {
  x: Volume;
  w: Kernels;
  options: ConvOptions;
}

function randomCase(random: () => number): Case {
  const c = randomInt(random, 1, 4);
  const x = randomVolume(random, randomInt(random, 1, 12), randomInt(random, 1, 12), c);
  const w = randomKernels(random, randomInt(random, 1, 5), c, randomInt(random, 1, 4));
  const options = {
    stride: randomInt(random, 1, 3),
    pad: randomInt(random, 0, 3),
    dilation: randomInt(random, 1, 3),
  };
  return { x, w, options };
}

const describeCase = ({ x, w, options }: Case): string =>
  `${x.h}×${x.w}×${x.c} input, ${w.k}×${w.k} kernels ${w.cIn}→${w.cOut}, ` +
  `stride ${options.stride}, pad ${options.pad}, dilation ${options.dilation}`;

/** Same shape and every value within TOLERANCE, with the case in the failure message. */
function expectMatches(actual: Volume, expected: Volume, label: string): void {
  expect({ h: actual.h, w: actual.w, c: actual.c }, label).toEqual({
    h: expected.h,
    w: expected.w,
    c: expected.c,
  });
  expect(actual.data.length, label).toBe(expected.data.length);
  expected.data.forEach((value, i) => {
    expect(Math.abs((actual.data[i] as number) - value), `${label}, value ${i}`).toBeLessThanOrEqual(
      TOLERANCE,
    );
  });
}

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

describe('conv2dTf', () => {
  it('matches the reference on 240 random geometries (shape and every value)', async () => {
    const random = seededRandom(20240601);
    let compared = 0;
    let empty = 0;
    let refused = 0;
    while (compared < 240) {
      const testCase = randomCase(random);
      const { x, w, options } = testCase;
      const label = describeCase(testCase);
      if (options.stride > 1 && options.dilation > 1) {
        await expect(conv2dTf(tf, x, w, options), label).rejects.toThrow(
          'TF.js cannot use a stride and a dilation both above 1',
        );
        refused += 1;
        continue;
      }
      const expected = referenceConv2d(x, w, options);
      const actual = await conv2dTf(tf, x, w, options);
      expectMatches(actual, expected, label);
      expect(actual.h, label).toBe(
        outputSize({ n: x.h, k: w.k, s: options.stride, p: options.pad, d: options.dilation }),
      );
      expect(actual.w, label).toBe(
        outputSize({ n: x.w, k: w.k, s: options.stride, p: options.pad, d: options.dilation }),
      );
      if (actual.data.length === 0) empty += 1;
      compared += 1;
    }
    // the generator must exercise both ordinary and degenerate geometries, and the refusal
    expect(empty).toBeGreaterThan(5);
    expect(compared - empty).toBeGreaterThan(150);
    expect(refused).toBeGreaterThan(20);
  });

  it('computes a hand-worked example: 2×2 all-ones kernel, stride 2, sums 2×2 blocks', async () => {
    const x = volume(
      4,
      4,
      1,
      Float32Array.from({ length: 16 }, (_, i) => i + 1),
    );
    const w = singleKernel([
      [1, 1],
      [1, 1],
    ]);
    const options = { stride: 2, pad: 0, dilation: 1 };
    const expected = { h: 2, w: 2, c: 1, data: Float32Array.from([14, 22, 46, 54]) };
    expectMatches(referenceConv2d(x, w, options), expected, 'reference');
    expectMatches(await conv2dTf(tf, x, w, options), expected, 'TF.js');
  });

  it('mixes channels as [k, k, cIn, cOut]: a 1×1 convolution is a matrix product per pixel', async () => {
    // one pixel of two channels (1, 10); w[c][o] = 1 + c + 2o… laid out channel-major then output
    const x = volume(1, 2, 2, Float32Array.from([1, 10, 2, 20]));
    const w: Kernels = { k: 1, cIn: 2, cOut: 3, data: Float32Array.from([1, 2, 3, 4, 5, 6]) };
    // pixel (1, 10): [1·1 + 10·4, 1·2 + 10·5, 1·3 + 10·6]; pixel (2, 20) is twice that
    const expected = { h: 1, w: 2, c: 3, data: Float32Array.from([41, 52, 63, 82, 104, 126]) };
    const options = { stride: 1, pad: 0, dilation: 1 };
    expectMatches(referenceConv2d(x, w, options), expected, 'reference');
    expectMatches(await conv2dTf(tf, x, w, options), expected, 'TF.js');
  });

  it('gives the input back with the identity kernel and padding 1', async () => {
    const x = randomVolume(seededRandom(3), 5, 7, 1);
    const out = await conv2dTf(tf, x, singleKernel(PRESETS.identity), { stride: 1, pad: 1, dilation: 1 });
    expectMatches(out, x, 'identity');
  });

  it('refuses a stride and a dilation both above 1, as tf.conv2d itself does', async () => {
    const x = volume(6, 6, 1);
    const w = singleKernel([
      [1, 1],
      [1, 1],
    ]);
    await expect(conv2dTf(tf, x, w, { stride: 2, pad: 0, dilation: 2 })).rejects.toThrow(
      'TF.js cannot use a stride and a dilation both above 1',
    );
    const before = tf.memory().numTensors;
    expect(() =>
      tf.tidy(() =>
        tf.conv2d(tf.zeros<tf.Rank.R4>([1, 6, 6, 1]), tf.zeros<tf.Rank.R4>([2, 2, 1, 1]), 2, 0, 'NHWC', 2),
      ),
    ).toThrow(/Either strides or dilations must be 1/);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('gives an empty volume when the kernel is larger than the padded input', async () => {
    const random = seededRandom(11);
    const cases: [h: number, w: number, k: number, options: ConvOptions][] = [
      [2, 2, 3, { stride: 1, pad: 0, dilation: 1 }], // 3 > 2 in both dimensions
      [1, 1, 5, { stride: 1, pad: 1, dilation: 1 }], // 5 > 3: tf.conv2d alone reports a size of −1
      [1, 6, 3, { stride: 1, pad: 0, dilation: 1 }], // no rows, 4 columns
      [6, 1, 4, { stride: 2, pad: 1, dilation: 1 }], // 3 rows, no columns (4 > 3)
      [3, 3, 2, { stride: 1, pad: 0, dilation: 3 }], // the dilated kernel spans 4 > 3
      [2, 2, 5, { stride: 3, pad: 0, dilation: 1 }], // room −3, stride 3
    ];
    for (const [h, width, k, options] of cases) {
      const x = randomVolume(random, h, width, 2);
      const w = randomKernels(random, k, 2, 3);
      const label = `${h}×${width}, k=${k}, ${JSON.stringify(options)}`;
      const actual = await conv2dTf(tf, x, w, options);
      expect(actual.h === 0 || actual.w === 0, label).toBe(true);
      expect(actual.data).toBeInstanceOf(Float32Array);
      expectMatches(actual, referenceConv2d(x, w, options), label);
    }
  });

  it('gives one output when the dilated kernel exactly fills the padded input', async () => {
    const random = seededRandom(12);
    const x = randomVolume(random, 3, 3, 2);
    const w = randomKernels(random, 3, 2, 2);
    const options = { stride: 1, pad: 1, dilation: 2 }; // span 5 = 3 + 2·1
    const actual = await conv2dTf(tf, x, w, options);
    expect([actual.h, actual.w, actual.c]).toEqual([1, 1, 2]);
    expectMatches(actual, referenceConv2d(x, w, options), 'exact fit');
  });

  it('throws when the input and the kernels disagree on the channels', async () => {
    const random = seededRandom(13);
    await expect(
      conv2dTf(tf, randomVolume(random, 4, 4, 3), randomKernels(random, 3, 1, 2), {
        stride: 1,
        pad: 0,
        dilation: 1,
      }),
    ).rejects.toThrow('the input has 3 channels but the kernels expect 1');
    await expect(
      conv2dTf(tf, randomVolume(random, 4, 4, 1), randomKernels(random, 3, 2, 2), {
        stride: 1,
        pad: 0,
        dilation: 1,
      }),
    ).rejects.toThrow('the input has 1 channels but the kernels expect 2');
  });

  it('leaks no tensors, whether it computes, returns empty or refuses', async () => {
    const random = seededRandom(14);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 40; i++) {
      const { x, w, options } = randomCase(random);
      await conv2dTf(tf, x, w, options).catch(() => undefined);
    }
    await conv2dTf(tf, volume(2, 2, 1), randomKernels(random, 5, 1, 1), { stride: 1, pad: 0, dilation: 1 });
    await conv2dTf(tf, volume(2, 2, 2), randomKernels(random, 1, 1, 1), {
      stride: 1,
      pad: 0,
      dilation: 1,
    }).catch(() => undefined);
    expect(tf.memory().numTensors).toBe(before);
  });
});

import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { conv1dOutputLength, conv1dTf, conv1dWindow, padBefore, type Padding } from './conv1d';
import { seededRandom } from './random';
import { referenceConv1d } from './reference/conv1d';

const PADDINGS: readonly Padding[] = ['same', 'valid'];
const KERNEL_SIZES = [1, 2, 3, 4, 5, 6, 7, 8, 9];

const randomArray = (random: () => number, length: number): number[] =>
  Array.from({ length }, () => random() * 2 - 1);

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

describe('conv1dTf', () => {
  for (const padding of PADDINGS) {
    for (const k of KERNEL_SIZES) {
      it(`matches the reference for k=${k}, padding=${padding}`, async () => {
        const random = seededRandom(1000 * k + (padding === 'same' ? 1 : 2));
        for (const n of [k, k + 1, 17, 40]) {
          const signal = randomArray(random, n);
          const kernel = randomArray(random, k);
          const expected = referenceConv1d(signal, kernel, padding);
          const actual = await conv1dTf(tf, signal, kernel, padding);
          expect(actual.length).toBe(conv1dOutputLength(n, k, padding));
          expect(actual.length).toBe(expected.length);
          expected.forEach((value, i) => expect(actual[i]).toBeCloseTo(value, 4));
        }
      });
    }
  }

  it('gives an empty output for a valid convolution with a kernel longer than the signal', async () => {
    const out = await conv1dTf(tf, [1, 2, 3], [1, 1, 1, 1, 1], 'valid');
    expect(out).toBeInstanceOf(Float32Array);
    expect(out.length).toBe(0);
  });

  it('still gives n outputs for same padding with a kernel longer than the signal', async () => {
    const signal = [1, -2, 3];
    const kernel = [0.5, 1, -1, 2, 0.25];
    const out = await conv1dTf(tf, signal, kernel, 'same');
    expect(Array.from(out)).toEqual(referenceConv1d(signal, kernel, 'same').map((v) => expect.closeTo(v, 4)));
  });

  it('leaks no tensors', async () => {
    const before = tf.memory().numTensors;
    const random = seededRandom(5);
    for (const padding of PADDINGS) {
      for (const k of [1, 4, 9]) await conv1dTf(tf, randomArray(random, 20), randomArray(random, k), padding);
    }
    await conv1dTf(tf, [1, 2], [1, 2, 3], 'valid');
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('conv1dWindow', () => {
  it('sums to the reference output at every position, for both paddings and every kernel size', () => {
    const random = seededRandom(42);
    for (const padding of PADDINGS) {
      for (const k of KERNEL_SIZES) {
        const signal = randomArray(random, 15);
        const kernel = randomArray(random, k);
        const expected = referenceConv1d(signal, kernel, padding);
        expected.forEach((value, i) => {
          const window = conv1dWindow(signal, kernel, padding, i);
          expect(window.sum).toBeCloseTo(value, 10);
          expect(window.products).toHaveLength(k);
          window.products.forEach((p, j) =>
            expect(p).toBe((window.inputs[j] as number) * (kernel[j] as number)),
          );
        });
      }
    }
  });

  it('marks the taps over the padding with −1 and a zero input', () => {
    const window = conv1dWindow([5, 6, 7], [1, 1, 1], 'same', 0);
    expect(window.indices).toEqual([-1, 0, 1]);
    expect(window.inputs).toEqual([0, 5, 6]);
    expect(window.sum).toBe(11);
    const last = conv1dWindow([5, 6, 7], [1, 1, 1], 'same', 2);
    expect(last.indices).toEqual([1, 2, -1]);
  });

  it('puts the smaller half of the padding first for even kernels', () => {
    expect(padBefore(4, 'same')).toBe(1);
    expect(padBefore(5, 'same')).toBe(2);
    expect(padBefore(5, 'valid')).toBe(0);
    expect(conv1dWindow([1, 2, 3, 4], [1, 1, 1, 1], 'same', 0).indices).toEqual([-1, 0, 1, 2]);
  });
});

describe('conv1dOutputLength', () => {
  it('is n for same padding and n − k + 1 for valid, never negative', () => {
    expect(conv1dOutputLength(10, 3, 'same')).toBe(10);
    expect(conv1dOutputLength(10, 4, 'same')).toBe(10);
    expect(conv1dOutputLength(10, 3, 'valid')).toBe(8);
    expect(conv1dOutputLength(10, 10, 'valid')).toBe(1);
    expect(conv1dOutputLength(3, 5, 'valid')).toBe(0);
    expect(conv1dOutputLength(3, 4, 'valid')).toBe(0);
  });
});

import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { referenceConv2d } from '../reference/conv2d';
import { conv2dFromPatches, uploadPatches } from './conv2d-patches';
import { presetOfSize, PRESETS, type PresetName } from './presets';
import { singleKernel, volume, type Kernels, type Volume } from './volume';

const TOLERANCE = 1e-4;

const randomVolume = (random: () => number, h: number, w: number, c: number): Volume =>
  volume(
    h,
    w,
    c,
    Float32Array.from({ length: h * w * c }, () => random()),
  );

const randomKernels = (random: () => number, k: number, cIn: number, cOut: number): Kernels => ({
  k,
  cIn,
  cOut,
  data: Float32Array.from({ length: k * k * cIn * cOut }, () => random() * 4 - 2),
});

function expectMatches(actual: Volume, expected: Volume, label: string): void {
  expect([actual.h, actual.w, actual.c], label).toEqual([expected.h, expected.w, expected.c]);
  let worst = 0;
  expected.data.forEach(
    (value, i) => (worst = Math.max(worst, Math.abs((actual.data[i] as number) - value))),
  );
  expect(worst, label).toBeLessThanOrEqual(TOLERANCE);
}

/** Runs `body` with the patches made once, and checks that they were all that stayed on the backend. */
async function withPatches(
  x: Volume,
  k: number,
  pad: number,
  body: (patches: ReturnType<typeof uploadPatches>) => Promise<void>,
) {
  const before = tf.memory().numTensors;
  const patches = uploadPatches(tf, x, k, pad);
  expect(patches.tensor.shape).toEqual([k * k * x.c, patches.h * patches.w]);
  expect(tf.memory().numTensors).toBe(before + 1);
  await body(patches);
  expect(tf.memory().numTensors).toBe(before + 1);
  patches.tensor.dispose();
}

// wasm is what the widget uses in the browser; cpu is the backend the other model tests check
describe.each(['cpu', 'wasm'])('conv2dFromPatches on the %s backend', (backend) => {
  beforeAll(async () => {
    expect(await tf.setBackend(backend)).toBe(true);
    await tf.ready();
    expect(tf.getBackend()).toBe(backend);
  });

  it('matches the reference for every preset, 3 × 3 and 5 × 5, same padding, on a photo-shaped input', async () => {
    const x = randomVolume(seededRandom(1), 30, 45, 1);
    for (const k of [3, 5]) {
      const options = { stride: 1, pad: (k - 1) / 2, dilation: 1 };
      await withPatches(x, k, options.pad, async (patches) => {
        expect([patches.h, patches.w]).toEqual([30, 45]);
        for (const name of Object.keys(PRESETS) as PresetName[]) {
          const w = singleKernel(presetOfSize(name, k));
          expectMatches(
            await conv2dFromPatches(tf, patches, w),
            referenceConv2d(x, w, options),
            `${name} ${k}`,
          );
        }
      });
    }
  });

  it('matches the reference for random kernels, sizes, paddings, channels and kernel counts', async () => {
    const random = seededRandom(7);
    for (let i = 0; i < 24; i++) {
      const k = 1 + Math.floor(random() * 5);
      const pad = Math.floor(random() * 3);
      const c = 1 + Math.floor(random() * 3);
      const x = randomVolume(random, k + Math.floor(random() * 9), k + Math.floor(random() * 9), c);
      const options = { stride: 1, pad, dilation: 1 };
      await withPatches(x, k, pad, async (patches) => {
        for (const cOut of [1, 3]) {
          const w = randomKernels(random, k, c, cOut);
          const label = `${x.h}×${x.w}×${c}, k=${k}, pad ${pad}, ${cOut} out`;
          expectMatches(await conv2dFromPatches(tf, patches, w), referenceConv2d(x, w, options), label);
        }
      });
    }
  });

  it('refuses kernels of another size or channel count, and a kernel that does not fit', async () => {
    const x = randomVolume(seededRandom(3), 4, 4, 1);
    await withPatches(x, 3, 1, async (patches) => {
      await expect(conv2dFromPatches(tf, patches, singleKernel(presetOfSize('box', 5)))).rejects.toThrow(
        'the patches fit 3 × 3 × 1 kernels, not 5 × 5 × 1',
      );
      await expect(conv2dFromPatches(tf, patches, randomKernels(seededRandom(4), 3, 2, 1))).rejects.toThrow(
        'not 3 × 3 × 2',
      );
    });
    const before = tf.memory().numTensors;
    expect(() => uploadPatches(tf, x, 5, 0)).toThrow('a 5 × 5 kernel does not fit a 4 × 4 image padded by 0');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('leaves the patches alone and leaks nothing over 500 kernel edits', async () => {
    const random = seededRandom(9);
    await withPatches(randomVolume(random, 30, 45, 1), 3, 1, async (patches) => {
      for (let i = 0; i < 500; i++) await conv2dFromPatches(tf, patches, randomKernels(random, 3, 1, 1));
      expect(patches.tensor.isDisposed).toBe(false);
    });
  });
});

// @vitest-environment node
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../models/random';
import {
  gradientsOn,
  outputOn,
  type Pad,
  paddings,
  randomArray,
  randomInts,
  relativeError,
  sizeOf,
  TOLERANCE,
  withWasmTrainingKernels,
} from './gradient-test-kit';
import { registerWasmTrainingKernels, restoreStockWasmKernels } from './register';

withWasmTrainingKernels();

/**
 * Where filter[a, b, c] (c over both channel axes) lands in the filter spread out by the dilation,
 * zeros between its taps: at [a·dh, b·dw, c], in a filter of (k − 1)·d + 1 taps a side.
 */
function spreadPositions([kh, kw, ci, co]: number[], [dh, dw]: [number, number]): number[] {
  const [height, width, channels] = [kh as number, kw as number, (ci as number) * (co as number)];
  const spreadWidth = (width - 1) * dw + 1;
  const positions: number[] = [];
  for (let a = 0; a < height; a++)
    for (let b = 0; b < width; b++)
      for (let c = 0; c < channels; c++) positions.push((a * dh * spreadWidth + b * dw) * channels + c);
  return positions;
}

describe('dilated conv2d (TF.js’s own gradient asserts dilation 1)', () => {
  const dilations: [number, number][] = [
    [2, 2],
    [3, 3],
    [2, 3],
    [3, 2],
    [1, 2],
    [3, 1],
  ];

  it('stock TF.js, restored, has its own gradient back; registering again replaces it again', async () => {
    await tf.setBackend('wasm');
    const [x, w] = [tf.ones([1, 5, 5, 1]), tf.ones([2, 2, 1, 1])];
    const gradient = () =>
      tf.dispose(
        tf.grads((a: tf.Tensor, b: tf.Tensor) =>
          tf.sum(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, 'same', 'NHWC', 2)),
        )([x, w]),
      );
    restoreStockWasmKernels(tf);
    expect(gradient).toThrow(/dilation rates greater than 1/);
    registerWasmTrainingKernels(tf);
    expect(gradient).not.toThrow();
    tf.dispose([x, w]);
  });

  it('wasm’s forward pass and both gradients agree with cpu and with a zero-inserted filter', async () => {
    const random = seededRandom(16);
    const int = randomInts(random);
    for (let trial = 0; trial < 3 * dilations.length; trial++) {
      const dilation = dilations[trial % dilations.length] as [number, number];
      const pad = paddings(int, 3)[Math.floor(trial / dilations.length)] as Pad;
      const [batch, ci, co, k] = [int(1, 3), int(1, 4), int(1, 4), int(1, 3)];
      const [spanHeight, spanWidth] = dilation.map((d) => (k - 1) * d + 1) as [number, number];
      // 'same' pads by the spread filter's size, so its input may be smaller than that
      const side = (span: number) => int(pad === 'same' ? 1 : span, span + 5);
      const xShape = [batch, side(spanHeight), side(spanWidth), ci];
      const wShape = [k, k, ci, co];
      const x = { values: randomArray(random, sizeOf(xShape)), shape: xShape };
      const w = { values: randomArray(random, sizeOf(wShape)), shape: wShape };
      const label = `x ${xShape}, k ${k}×${k}×${ci}×${co}, dilation ${dilation}, pad ${JSON.stringify(pad)}`;
      const dilated = (xs: tf.Tensor, ws: tf.Tensor) =>
        tf.conv2d(xs as tf.Tensor4D, ws as tf.Tensor4D, 1, pad, 'NHWC', dilation);

      const forward = await outputOn('cpu', [x, w], dilated);
      expect(
        relativeError(await outputOn('wasm', [x, w], dilated), forward),
        `${label}, forward`,
      ).toBeLessThanOrEqual(TOLERANCE);

      // the reference: dilation 1 with the zero-inserted filter, whose gradient TF.js has
      const positions = spreadPositions(wShape, dilation);
      const spreadShape = [spanHeight, spanWidth, ci, co];
      const spread = new Float32Array(sizeOf(spreadShape));
      positions.forEach((to, from) => (spread[to] = w.values[from] as number));
      const [dx, dSpread] = await gradientsOn('cpu', [x, { values: spread, shape: spreadShape }], (xs, ws) =>
        tf.conv2d(xs as tf.Tensor4D, ws as tf.Tensor4D, 1, pad),
      );
      const reference = [dx, Float32Array.from(positions, (at) => dSpread?.[at] as number)];
      const cpu = await gradientsOn('cpu', [x, w], dilated);
      const wasm = await gradientsOn('wasm', [x, w], dilated);
      for (const [which, actual, expected] of [
        ['cpu against the reference', cpu, reference],
        ['wasm against the reference', wasm, reference],
        ['wasm against cpu', wasm, cpu],
      ] as const)
        ['x', 'filter'].forEach((name, i) => {
          expect(
            relativeError(actual[i] as Float32Array, expected[i] as Float32Array),
            `${label}, d${name}, ${which}`,
          ).toBeLessThanOrEqual(TOLERANCE);
        });
    }
  });
});

import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, expect } from 'vitest';
import { registerWasmTrainingKernels } from './register';

/** Starts the wasm backend with the book's training kernels before a test file's tests (cpu is loaded too). */
export function withWasmTrainingKernels(): void {
  beforeAll(async () => {
    await tf.setBackend('wasm');
    registerWasmTrainingKernels(tf);
  });
}

/** the kernels' agreement with the cpu backend: ‖a − b‖∞ / ‖b‖∞ at most this */
export const TOLERANCE = 1e-4;

export interface Input {
  values: Float32Array;
  shape: number[];
}

/** ‖a − b‖∞ / ‖b‖∞: the error relative to the gradient's own scale */
export function relativeError(actual: Float32Array, expected: Float32Array): number {
  let worst = 0;
  let scale = 0;
  expected.forEach((value, i) => {
    worst = Math.max(worst, Math.abs((actual[i] as number) - value));
    scale = Math.max(scale, Math.abs(value));
  });
  return worst / Math.max(scale, 1e-12);
}

export const randomArray = (random: () => number, size: number) =>
  Float32Array.from({ length: size }, () => random() * 2 - 1);

/** seeded whole numbers from lo to hi, both included */
export const randomInts = (random: () => number) => (lo: number, hi: number) =>
  lo + Math.floor(random() * (hi - lo + 1));

export const sizeOf = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** a max-pooling geometry to test */
export interface PoolingCase {
  shape: [number, number, number, number];
  size: number;
  stride: number;
  pad: 'same' | 'valid';
}

/**
 * Inputs of `size` values that test max pooling's gradient rule: every window's maximum negative
 * (where wasm's own kernel drops the gradient), ties (the first maximum takes it), and mixed values.
 */
export const poolingInputs = (random: () => number, size: number) =>
  [
    ['negative', randomArray(random, size).map((v) => -1 - Math.abs(v))],
    ['ties', randomArray(random, size).map((v) => Math.round(v * 2) / 2)],
    ['mixed', randomArray(random, size)],
  ] as const;

/** conv2d's paddings: the two named ones, and explicit ones on the spatial axes */
export type Pad = 'same' | 'valid' | [[0, 0], [number, number], [number, number], [0, 0]];

/** the paddings to try, one of each kind: the explicit one drawn from `int`, 0 to `most` on each side */
export const paddings = (int: (lo: number, hi: number) => number, most: number): Pad[] => [
  'same',
  'valid',
  [
    [0, 0],
    [int(0, most), int(0, most)],
    [int(0, most), int(0, most)],
    [0, 0],
  ],
];

/** `op`'s output on one backend, computed inside a tidy so that a composed op leaves no tensor. */
export async function outputOn(
  backend: 'cpu' | 'wasm',
  inputs: Input[],
  op: (...xs: tf.Tensor[]) => tf.Tensor,
): Promise<Float32Array> {
  await tf.setBackend(backend);
  const before = tf.memory().numTensors;
  const output = tf.tidy(() => op(...inputs.map(({ values, shape }) => tf.tensor(values, shape))));
  const values = (await output.data()) as Float32Array;
  output.dispose();
  expect(tf.memory().numTensors, `${backend} left tensors behind`).toBe(before);
  return values;
}

/** Every input's gradient of a loss built on `op`, on one backend, leaving no tensor. */
export async function gradientsOn(
  backend: 'cpu' | 'wasm',
  inputs: Input[],
  op: (...xs: tf.Tensor[]) => tf.Tensor,
): Promise<Float32Array[]> {
  await tf.setBackend(backend);
  const before = tf.memory().numTensors;
  const tensors = inputs.map(({ values, shape }) => tf.tensor(values, shape));
  const weights = tf.tidy(() => tf.randomUniform(op(...tensors).shape, -1, 1, 'float32', 7));
  // a weighted sum, so that every output's gradient differs
  const grads = tf.grads((...xs: tf.Tensor[]) => tf.sum(tf.mul(op(...xs), weights)))(tensors);
  const values = await Promise.all(grads.map(async (g) => (await g.data()) as Float32Array));
  tf.dispose([...tensors, ...grads, weights]);
  expect(tf.memory().numTensors, `${backend} left tensors behind`).toBe(before);
  return values;
}

/** `op`'s output and gradients on wasm, as they are on cpu. */
export async function expectWasmMatchesCpu(
  label: string,
  inputs: Input[],
  op: (...xs: tf.Tensor[]) => tf.Tensor,
): Promise<void> {
  const on = async (backend: 'cpu' | 'wasm') => [
    await outputOn(backend, inputs, op),
    ...(await gradientsOn(backend, inputs, op)),
  ];
  const expected = await on('cpu');
  const actual = await on('wasm');
  expected.forEach((e, i) => {
    const what = i === 0 ? 'output' : `gradient ${i - 1}`;
    expect(relativeError(actual[i] as Float32Array, e), `${label}, ${what}`).toBeLessThanOrEqual(TOLERANCE);
  });
}

/** a loss whose gradient differs from output to output: Σ out · ramp, with ramp from 0.5 to 1.5 */
const rampSum = (out: tf.Tensor) =>
  tf.sum(tf.mul(out, tf.reshape(tf.linspace(0.5, 1.5, out.size), out.shape)));

/** `op`'s gradients on wasm against central differences in float32: a step of 1e-2, two decimals. */
export async function expectFiniteDifferences(
  inputs: Input[],
  op: (...xs: tf.Tensor[]) => tf.Tensor,
): Promise<void> {
  await tf.setBackend('wasm');
  const loss = (values: Float32Array[]) =>
    tf.tidy(() => {
      const out = op(...values.map((v, i) => tf.tensor(v, (inputs[i] as Input).shape)));
      return rampSum(out).dataSync()[0] as number;
    });
  const tensors = inputs.map(({ values, shape }) => tf.tensor(values, shape));
  const grads = tf.grads((...xs: tf.Tensor[]) => rampSum(op(...xs)))(tensors);
  const analytic = grads.map((g) => g.dataSync() as Float32Array);
  tf.dispose([...tensors, ...grads]);
  const h = 1e-2;
  inputs.forEach((input, which) => {
    input.values.forEach((_, i) => {
      const shifted = (delta: number) =>
        inputs.map((other, j) => {
          const copy = Float32Array.from(other.values);
          if (j === which) copy[i] = (copy[i] as number) + delta;
          return copy;
        });
      const numeric = (loss(shifted(h)) - loss(shifted(-h))) / (2 * h);
      expect(analytic[which]?.[i], `input ${which}, element ${i}`).toBeCloseTo(numeric, 2);
    });
  });
}

// @vitest-environment node
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { expect, it } from 'vitest';
import { registerWasmTrainingKernels } from './register';

// As in the book's worker: the kernels are registered when wasm's module has loaded, before the
// backend starts. wasm's own kernels that ours call (Sum's other cases) must still be set up.
it('works when registered before the wasm backend starts', async () => {
  registerWasmTrainingKernels(tf);
  await tf.setBackend('wasm');
  const x = tf.tensor2d([1, 2, 3, 4, 5, 6], [2, 3]);
  // ours (the leading axis) and wasm's own (the last axis, and all axes)
  expect(Array.from(await tf.sum(x, 0).data())).toEqual([5, 7, 9]);
  expect(Array.from(await tf.sum(x, 1).data())).toEqual([6, 15]);
  expect(Array.from(await tf.sum(x).data())).toEqual([21]);
  x.dispose();
});

// @vitest-environment node
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../models/random';
import {
  expectFiniteDifferences,
  expectWasmMatchesCpu,
  gradientsOn,
  outputOn,
  type Pad,
  paddings,
  poolingInputs,
  type PoolingCase,
  randomArray,
  randomInts,
  relativeError,
  sizeOf,
  TOLERANCE,
  withWasmTrainingKernels,
} from './gradient-test-kit';

withWasmTrainingKernels();

describe('wasm training kernels agree with the cpu backend', () => {
  it('conv2d gradients over seeded random shapes, strides and paddings', async () => {
    const random = seededRandom(11);
    const int = randomInts(random);
    for (let trial = 0; trial < 52; trial++) {
      // the last twelve: one input channel and output channels that fill SIMD lanes (simd-kernels.wat)
      const simd = trial >= 40;
      const [batch, height, width] = [int(1, 4), int(3, 13), int(3, 13)];
      const [ci, co] = simd ? [1, 4 * int(1, 3)] : [int(1, 5), int(1, 6)];
      const k = int(1, Math.min(5, height, width));
      const stride = int(1, 3);
      const pad = paddings(int, 2)[trial % 3] as Pad;
      const label = `x ${[batch, height, width, ci]}, k ${k}×${k}×${ci}×${co}, stride ${stride}, pad ${JSON.stringify(pad)}`;
      const inputs = [
        { values: randomArray(random, batch * height * width * ci), shape: [batch, height, width, ci] },
        { values: randomArray(random, k * k * ci * co), shape: [k, k, ci, co] },
      ];
      const op = (x: tf.Tensor, w: tf.Tensor) => tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, stride, pad);
      // gradients only: wasm's stock forward Conv2D, which ours do not replace, gives zeros for some
      // 'same' paddings with a stride above the filter's size (tensorflow/tfjs#8405), two of these trials
      const expected = await gradientsOn('cpu', inputs, op);
      const actual = await gradientsOn('wasm', inputs, op);
      expected.forEach((e, i) => {
        expect(relativeError(actual[i] as Float32Array, e), `${label}, gradient ${i}`).toBeLessThanOrEqual(
          TOLERANCE,
        );
      });
    }
  });

  it('max pooling, including windows whose maximum is negative, ties and padding', async () => {
    const random = seededRandom(12);
    const cases: PoolingCase[] = [
      { shape: [2, 8, 8, 3], size: 2, stride: 2, pad: 'valid' },
      { shape: [2, 7, 9, 3], size: 2, stride: 2, pad: 'valid' },
      { shape: [2, 8, 6, 2], size: 2, stride: 2, pad: 'same' },
      { shape: [1, 9, 10, 2], size: 3, stride: 3, pad: 'valid' },
      { shape: [1, 7, 9, 2], size: 3, stride: 2, pad: 'same' },
      { shape: [3, 6, 6, 4], size: 3, stride: 1, pad: 'valid' },
      { shape: [1, 5, 5, 1], size: 2, stride: 1, pad: 'same' },
      // channels that fill SIMD lanes: simd-kernels.wat's path
      { shape: [2, 8, 8, 8], size: 2, stride: 2, pad: 'valid' },
      { shape: [2, 7, 9, 4], size: 2, stride: 2, pad: 'same' },
      { shape: [1, 7, 9, 8], size: 3, stride: 2, pad: 'same' },
    ];
    for (const { shape, size, stride, pad } of cases) {
      for (const [kind, values] of poolingInputs(random, sizeOf(shape))) {
        await expectWasmMatchesCpu(
          `${kind}, ${shape}, ${size}×${size}/${stride} ${pad}`,
          [{ values, shape }],
          (x) => tf.maxPool(x as tf.Tensor4D, size, stride, pad),
        );
      }
    }
  });
});

describe('the gradients the book composes from other kernels agree on wasm and cpu', () => {
  const random = seededRandom(15);
  const input = (...shape: number[]) => ({ values: randomArray(random, sizeOf(shape)), shape });

  it('average pooling', async () => {
    await expectWasmMatchesCpu('avgPool 3×3/2 same', [input(2, 7, 7, 3)], (x) =>
      tf.avgPool(x as tf.Tensor4D, 3, 2, 'same'),
    );
  });

  it('batch normalisation with batch statistics', async () => {
    await expectWasmMatchesCpu('batchNorm', [input(4, 5, 5, 3), input(3), input(3)], (x, gamma, beta) => {
      const { mean, variance } = tf.moments(x as tf.Tensor4D, [0, 1, 2]);
      return tf.batchNorm(x as tf.Tensor4D, mean, variance, beta, gamma, 1e-3);
    });
  });

  it('tile, of every rank, with repeats of 1 and more (the batch-norm gradient tiles 1/√variance)', async () => {
    const int = randomInts(random);
    const cases: [number[], number[]][] = [
      [
        [1, 1, 1, 16],
        [32, 28, 28, 1],
      ],
      [[5], [3]],
      [
        [2, 3],
        [1, 1],
      ],
      [
        [2, 1, 3],
        [2, 4, 1],
      ],
      [
        [1, 2, 3, 4, 1],
        [2, 1, 2, 1, 3],
      ],
      [
        [2, 1, 2, 1, 2],
        [1, 3, 1, 2, 2],
      ],
    ];
    for (let trial = 0; trial < 6; trial++) {
      const rank = int(1, 5);
      cases.push([
        Array.from({ length: rank }, () => int(1, 4)),
        Array.from({ length: rank }, () => int(1, 3)),
      ]);
    }
    for (const [shape, reps] of cases) {
      const inputs = [input(...shape)];
      const op = (x: tf.Tensor) => tf.tile(x, reps);
      // a copy: the same numbers exactly
      expect(await outputOn('wasm', inputs, op), `tile ${shape} by ${reps}`).toEqual(
        await outputOn('cpu', inputs, op),
      );
      // TF.js has Tile's gradient up to rank 4; on cpu it takes seconds for the large case
      if (shape.length <= 4 && sizeOf(shape) * sizeOf(reps) < 10_000)
        await expectWasmMatchesCpu(`tile ${shape} by ${reps}`, inputs, op);
    }
  });

  it('dense layers with relu, tanh and sigmoid', async () => {
    await expectWasmMatchesCpu('dense', [input(8, 6), input(6, 5), input(5)], (x, w, b) => {
      const z = tf.add(tf.matMul(x as tf.Tensor2D, w as tf.Tensor2D), b as tf.Tensor1D);
      return tf.concat([tf.relu(z), tf.tanh(z), tf.sigmoid(z)], 1);
    });
  });

  it('sums and means over leading axes (bias gradients, batch statistics) and over others', async () => {
    // eight channels fill SIMD lanes: simd-kernels.wat's path
    for (const channels of [6, 8])
      for (const axes of [[0, 1, 2], [0], [1, 2], [3], [0, 3]]) {
        await expectWasmMatchesCpu(
          `sum over ${axes} of ${channels} channels`,
          [input(3, 4, 5, channels)],
          (x) => tf.mul(tf.sum(x, axes), tf.reshape(tf.sum(x, axes, true), tf.sum(x, axes).shape)),
        );
      }
  });

  it('softmax with cross-entropy', async () => {
    const labels = tf.oneHot(tf.tensor1d([0, 3, 2, 1, 3], 'int32'), 4);
    await expectWasmMatchesCpu('softmax cross-entropy', [input(5, 4)], (logits) =>
      tf.losses.softmaxCrossEntropy(labels, logits as tf.Tensor2D),
    );
    labels.dispose();
  });

  it('a simple (Elman) RNN cell unrolled over four steps', async () => {
    const [steps, batch, features, hidden] = [4, 3, 4, 5];
    await expectWasmMatchesCpu(
      'simple rnn',
      [input(steps, batch, features), input(features + hidden, hidden), input(hidden)],
      (xs, w, b) => {
        let h: tf.Tensor = tf.zeros([batch, hidden]);
        const states = tf.unstack(xs as tf.Tensor3D).map((x) => {
          h = tf.tanh(tf.add(tf.matMul(tf.concat([x, h], 1), w as tf.Tensor2D), b as tf.Tensor1D));
          return h;
        });
        return tf.stack(states);
      },
    );
  });

  it('an LSTM cell', async () => {
    await expectWasmMatchesCpu(
      'lstm',
      [input(3, 4), input(3, 5), input(3, 5), input(9, 20), input(20)],
      (x, h, c, w, b) => {
        const [nextC, nextH] = tf.basicLSTMCell(
          1,
          w as tf.Tensor2D,
          b as tf.Tensor1D,
          x as tf.Tensor2D,
          c as tf.Tensor2D,
          h as tf.Tensor2D,
        );
        return tf.concat([nextC as tf.Tensor2D, nextH as tf.Tensor2D], 1);
      },
    );
  });
});

describe('wasm training kernels against finite differences', () => {
  // the last case takes simd-kernels.wat's filterGradientOneChannel (one channel into four)
  it.each([
    { what: 'with stride 2 and padding', seed: 13, x: [1, 5, 5, 2], w: [3, 3, 2, 2], stride: 2, dilation: 1 },
    {
      what: 'dilated by 2 with same padding',
      seed: 17,
      x: [1, 5, 6, 2],
      w: [2, 2, 2, 2],
      stride: 1,
      dilation: 2,
    },
    {
      what: 'of one channel into four (a first layer)',
      seed: 18,
      x: [1, 5, 4, 1],
      w: [3, 3, 1, 4],
      stride: 1,
      dilation: 1,
    },
  ])('conv2d $what', async ({ seed, x, w, stride, dilation }) => {
    const random = seededRandom(seed);
    await expectFiniteDifferences(
      [
        { values: randomArray(random, sizeOf(x)), shape: x },
        { values: randomArray(random, sizeOf(w)), shape: w },
      ],
      (xs, ws) => tf.conv2d(xs as tf.Tensor4D, ws as tf.Tensor4D, stride, 'same', 'NHWC', dilation),
    );
  });

  it('max pooling of negative values', async () => {
    const random = seededRandom(14);
    const values = randomArray(random, 16).map((v) => v - 2);
    await expectFiniteDifferences([{ values, shape: [1, 4, 4, 1] }], (x) =>
      tf.maxPool(x as tf.Tensor4D, 2, 2, 'valid'),
    );
  });

  it('max pooling of four channels (simd-kernels.wat), overlapping windows', async () => {
    const random = seededRandom(19);
    await expectFiniteDifferences(
      [{ values: randomArray(random, 1 * 4 * 4 * 4), shape: [1, 4, 4, 4] }],
      (x) => tf.maxPool(x as tf.Tensor4D, 3, 1, 'same'),
    );
  });
});

describe('optimizer updates agree on wasm and cpu', () => {
  /** A tanh layer fitted by least squares for `steps` steps from seeded weights; its weights after. */
  async function trainOn(
    backend: 'cpu' | 'wasm',
    optimizer: () => tf.Optimizer,
    steps: number,
  ): Promise<Float32Array[]> {
    await tf.setBackend(backend);
    const before = tf.memory().numTensors;
    const random = seededRandom(18);
    const x = tf.tensor2d(randomArray(random, 8 * 5), [8, 5]);
    const y = tf.tensor2d(randomArray(random, 8 * 3), [8, 3]);
    const [w, b] = tf.tidy(() => [
      tf.variable(tf.tensor2d(randomArray(random, 5 * 3), [5, 3])),
      tf.variable(tf.tensor1d(randomArray(random, 3))),
    ]);
    const train = optimizer();
    for (let step = 0; step < steps; step++)
      train.minimize(() => tf.losses.meanSquaredError(y, tf.tanh(tf.add(tf.matMul(x, w), b))) as tf.Scalar);
    const weights = await Promise.all([w, b].map(async (v) => (await v.data()) as Float32Array));
    // every tensor the optimizer holds: its dispose() would leave momentum's learning rate behind
    tf.dispose(train as unknown as tf.TensorContainer);
    tf.dispose([x, y, w, b]);
    expect(tf.memory().numTensors, `${backend} left tensors behind`).toBe(before);
    return weights;
  }

  const optimizers: [string, () => tf.Optimizer][] = [
    ['sgd', () => tf.train.sgd(0.5)],
    ['momentum', () => tf.train.momentum(0.5, 0.9)],
    ['nesterov momentum', () => tf.train.momentum(0.5, 0.9, true)],
  ];

  for (const [name, optimizer] of optimizers)
    it(`${name}, one step and ten`, async () => {
      for (const steps of [1, 10]) {
        const expected = await trainOn('cpu', optimizer, steps);
        const actual = await trainOn('wasm', optimizer, steps);
        expected.forEach((e, i) => {
          expect(
            relativeError(actual[i] as Float32Array, e),
            `${name}, ${steps} steps, variable ${i}`,
          ).toBeLessThanOrEqual(TOLERANCE);
        });
      }
    });
});

// @vitest-environment node
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../models/random';
import { registerWasmTrainingKernels, restoreStockWasmKernels } from './register';

const TOLERANCE = 1e-4;
type Pad = 'same' | 'valid' | [[0, 0], [number, number], [number, number], [0, 0]];

/** ‖a − b‖∞ / ‖b‖∞: the error relative to the gradient's own scale */
function relativeError(actual: Float32Array, expected: Float32Array): number {
  let worst = 0;
  let scale = 0;
  expected.forEach((value, i) => {
    worst = Math.max(worst, Math.abs((actual[i] as number) - value));
    scale = Math.max(scale, Math.abs(value));
  });
  return worst / Math.max(scale, 1e-12);
}

const randomArray = (random: () => number, size: number) =>
  Float32Array.from({ length: size }, () => random() * 2 - 1);

/** seeded whole numbers from lo to hi, both included */
const randomInts = (random: () => number) => (lo: number, hi: number) =>
  lo + Math.floor(random() * (hi - lo + 1));

const sizeOf = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** Both gradients of a loss built on `op`, on one backend, with no tensor left behind. */
async function gradientsOn(
  backend: 'cpu' | 'wasm',
  inputs: { values: Float32Array; shape: number[] }[],
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

async function expectWasmMatchesCpu(
  label: string,
  inputs: { values: Float32Array; shape: number[] }[],
  op: (...xs: tf.Tensor[]) => tf.Tensor,
) {
  const expected = await gradientsOn('cpu', inputs, op);
  const actual = await gradientsOn('wasm', inputs, op);
  expected.forEach((e, i) => {
    expect(relativeError(actual[i] as Float32Array, e), `${label}, gradient ${i}`).toBeLessThanOrEqual(
      TOLERANCE,
    );
  });
}

beforeAll(async () => {
  await tf.setBackend('wasm');
  registerWasmTrainingKernels(tf);
});

describe('wasm training kernels agree with the cpu backend', () => {
  it('conv2d gradients over seeded random shapes, strides and paddings', async () => {
    const random = seededRandom(11);
    const int = randomInts(random);
    for (let trial = 0; trial < 40; trial++) {
      const [batch, height, width, ci, co] = [int(1, 4), int(3, 13), int(3, 13), int(1, 5), int(1, 6)];
      const k = int(1, Math.min(5, height, width));
      const stride = int(1, 3);
      const pads: Pad[] = [
        'same',
        'valid',
        [
          [0, 0],
          [int(0, 2), int(0, 2)],
          [int(0, 2), int(0, 2)],
          [0, 0],
        ],
      ];
      const pad = pads[trial % 3] as Pad;
      const label = `x ${[batch, height, width, ci]}, k ${k}×${k}×${ci}×${co}, stride ${stride}, pad ${JSON.stringify(pad)}`;
      await expectWasmMatchesCpu(
        label,
        [
          { values: randomArray(random, batch * height * width * ci), shape: [batch, height, width, ci] },
          { values: randomArray(random, k * k * ci * co), shape: [k, k, ci, co] },
        ],
        (x, w) => tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, stride, pad),
      );
    }
  });

  it('max pooling, including windows whose maximum is negative, ties and padding', async () => {
    const random = seededRandom(12);
    const cases: { shape: number[]; size: number; stride: number; pad: 'same' | 'valid' }[] = [
      { shape: [2, 8, 8, 3], size: 2, stride: 2, pad: 'valid' },
      { shape: [1, 7, 9, 2], size: 3, stride: 2, pad: 'same' },
      { shape: [3, 6, 6, 4], size: 3, stride: 1, pad: 'valid' },
      { shape: [1, 5, 5, 1], size: 2, stride: 1, pad: 'same' },
    ];
    for (const { shape, size, stride, pad } of cases) {
      const n = shape.reduce((a, b) => a * b);
      const negative = randomArray(random, n).map((v) => -1 - Math.abs(v));
      const ties = randomArray(random, n).map((v) => Math.round(v * 2) / 2);
      for (const [kind, values] of [
        ['negative', negative],
        ['ties', ties],
        ['mixed', randomArray(random, n)],
      ] as const) {
        await expectWasmMatchesCpu(
          `${kind}, ${shape}, ${size}×${size}/${stride} ${pad}`,
          [{ values, shape }],
          (x) => tf.maxPool(x as tf.Tensor4D, size, stride, pad),
        );
      }
    }
  });
});

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

  /** the convolution's output on one backend */
  async function outputOn(
    backend: 'cpu' | 'wasm',
    inputs: { values: Float32Array; shape: number[] }[],
    op: (...xs: tf.Tensor[]) => tf.Tensor,
  ): Promise<Float32Array> {
    await tf.setBackend(backend);
    return tf.tidy(
      () => op(...inputs.map(({ values, shape }) => tf.tensor(values, shape))).dataSync() as Float32Array,
    );
  }

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
      const pads: Pad[] = [
        'same',
        'valid',
        [
          [0, 0],
          [int(0, 3), int(0, 3)],
          [int(0, 3), int(0, 3)],
          [0, 0],
        ],
      ];
      const pad = pads[Math.floor(trial / dilations.length)] as Pad;
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

  it('dense layers with relu, tanh and sigmoid', async () => {
    await expectWasmMatchesCpu('dense', [input(8, 6), input(6, 5), input(5)], (x, w, b) => {
      const z = tf.add(tf.matMul(x as tf.Tensor2D, w as tf.Tensor2D), b as tf.Tensor1D);
      return tf.concat([tf.relu(z), tf.tanh(z), tf.sigmoid(z)], 1);
    });
  });

  it('sums over leading axes (bias gradients) and over others', async () => {
    for (const axes of [[0, 1, 2], [0], [1, 2], [3], [0, 3]]) {
      await expectWasmMatchesCpu(`sum over ${axes}`, [input(3, 4, 5, 6)], (x) =>
        tf.mul(tf.sum(x, axes), tf.reshape(tf.sum(x, axes, true), tf.sum(x, axes).shape)),
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
  /** a loss whose gradient differs from output to output: Σ out · ramp, with ramp from 0.5 to 1.5 */
  const rampSum = (out: tf.Tensor) =>
    tf.sum(tf.mul(out, tf.reshape(tf.linspace(0.5, 1.5, out.size), out.shape)));

  /** Central differences in float32: a step of 1e-2 and agreement to two decimals. */
  async function finiteDifference(
    inputs: { values: Float32Array; shape: number[] }[],
    op: (...xs: tf.Tensor[]) => tf.Tensor,
  ) {
    await tf.setBackend('wasm');
    const loss = (values: Float32Array[]) =>
      tf.tidy(() => {
        const out = op(...values.map((v, i) => tf.tensor(v, (inputs[i] as { shape: number[] }).shape)));
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

  it('conv2d with stride 2 and padding', async () => {
    const random = seededRandom(13);
    await finiteDifference(
      [
        { values: randomArray(random, 1 * 5 * 5 * 2), shape: [1, 5, 5, 2] },
        { values: randomArray(random, 3 * 3 * 2 * 2), shape: [3, 3, 2, 2] },
      ],
      (x, w) => tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, 2, 'same'),
    );
  });

  it('conv2d dilated by 2 with same padding', async () => {
    const random = seededRandom(17);
    await finiteDifference(
      [
        { values: randomArray(random, 1 * 5 * 6 * 2), shape: [1, 5, 6, 2] },
        { values: randomArray(random, 2 * 2 * 2 * 2), shape: [2, 2, 2, 2] },
      ],
      (x, w) => tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, 1, 'same', 'NHWC', 2),
    );
  });

  it('max pooling of negative values', async () => {
    const random = seededRandom(14);
    const values = randomArray(random, 16).map((v) => v - 2);
    await finiteDifference([{ values, shape: [1, 4, 4, 1] }], (x) =>
      tf.maxPool(x as tf.Tensor4D, 2, 2, 'valid'),
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

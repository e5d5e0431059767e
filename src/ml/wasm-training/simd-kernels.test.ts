import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../models/random';
import { columnSumInto } from './column-sum';
import {
  poolingInputs,
  type PoolingCase,
  randomArray,
  randomInts,
  relativeError,
  sizeOf,
  TOLERANCE,
  withWasmTrainingKernels,
} from './gradient-test-kit';
import { maxPoolGradInto } from './max-pool-grad';
import bytes from './simd-kernels.wat';
import { simdKernelsFor, simdKernelsOn, type SimdKernels } from './simd-kernels';
import type { WasmBackend } from './wasm-ops';

/** Float32 arrays placed one after another in a memory of their own, 16-byte aligned, and the SIMD kernels on it. */
function heapWith(...arrays: Float32Array[]) {
  const bytes = arrays.reduce((total, a) => total + Math.ceil(a.byteLength / 16) * 16, 0);
  const memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) + 1 });
  let offset = 16; // nothing at address 0, so that a pointer mix-up cannot pass unseen
  const views = arrays.map((a) => {
    const view = new Float32Array(memory.buffer, offset, a.length);
    view.set(a);
    offset += Math.ceil(a.byteLength / 16) * 16;
    return view;
  });
  const kernels = simdKernelsOn(memory) as SimdKernels;
  expect(kernels).toBeDefined();
  return { views, kernels };
}

withWasmTrainingKernels();

describe('simd-kernels.wat agrees with the JavaScript loops to the bit', () => {
  const random = seededRandom(31);
  const int = randomInts(random);

  it('maxPoolGrad: any window, stride and padding, with ties, negative maxima and overlapping windows', () => {
    const cases: PoolingCase[] = [
      { shape: [2, 28, 28, 8], size: 2, stride: 2, pad: 'valid' },
      { shape: [3, 7, 9, 4], size: 2, stride: 2, pad: 'same' },
      { shape: [1, 9, 10, 12], size: 3, stride: 3, pad: 'valid' },
      { shape: [2, 7, 9, 8], size: 3, stride: 2, pad: 'same' },
      { shape: [1, 6, 6, 16], size: 3, stride: 1, pad: 'valid' },
      { shape: [1, 5, 5, 4], size: 2, stride: 1, pad: 'same' },
    ];
    for (let trial = 0; trial < 6; trial++) {
      const channels = 4 * int(1, 4);
      const size = int(1, 4);
      cases.push({
        shape: [int(1, 3), int(size, 11), int(size, 11), channels],
        size,
        stride: int(1, 3),
        pad: random() < 0.5 ? 'same' : 'valid',
      });
    }
    for (const { shape, size, stride, pad } of cases) {
      const g = tf.backend_util.computePool2DInfo(shape, size, stride, 1, pad);
      const n = sizeOf(shape);
      for (const [kind, x] of poolingInputs(random, n)) {
        const y = tf.tidy(
          () => tf.maxPool(tf.tensor4d(x, shape), size, stride, pad).dataSync() as Float32Array,
        );
        const dy = randomArray(random, y.length);
        const expected = new Float32Array(n);
        maxPoolGradInto(expected, x, y, dy, g);
        const {
          views: [dx, xs, ys, dys],
          kernels,
        } = heapWith(randomArray(random, n), x, y, dy);
        kernels.maxPoolGrad(
          dx!.byteOffset,
          xs!.byteOffset,
          ys!.byteOffset,
          dys!.byteOffset,
          g.batchSize,
          g.inHeight,
          g.inWidth,
          g.inChannels,
          g.outHeight,
          g.outWidth,
          g.filterHeight,
          g.filterWidth,
          g.strideHeight,
          g.strideWidth,
          g.padInfo.top,
          g.padInfo.left,
        );
        expect(Array.from(dx!), `${kind}, ${shape}, ${size}×${size}/${stride} ${pad}`).toEqual(
          Array.from(expected),
        );
      }
    }
  });

  it('columnSum: float64 sums of every column, rounded once', () => {
    for (const [rows, columns] of [
      [1, 4],
      [6272, 8],
      [1568, 16],
      [37, 12],
      [25088, 4],
    ] as const) {
      // values of mixed magnitude, where summing in float32 would lose digits
      const values = randomArray(random, rows * columns).map((v, i) => (i % 7 === 0 ? v * 1e4 : v));
      const expected = new Float32Array(columns);
      columnSumInto(expected, values, rows, columns);
      const {
        views: [out, heapValues],
        kernels,
      } = heapWith(new Float32Array(columns).fill(Number.NaN), values);
      kernels.columnSum(out!.byteOffset, heapValues!.byteOffset, rows, columns);
      expect(Array.from(out!), `${rows} × ${columns}`).toEqual(Array.from(expected));
    }
  });
});

describe('simd-kernels.wat agrees with plain sums', () => {
  const random = seededRandom(32);
  const int = randomInts(random);

  it('filterGradientOneChannel: any stride and padding, 4 to 16 output channels', () => {
    for (let trial = 0; trial < 16; trial++) {
      const [batch, inHeight, inWidth, outChannels] = [int(1, 4), int(3, 30), int(3, 30), 4 * int(1, 4)];
      const k = int(1, Math.min(5, inHeight, inWidth));
      const pad = trial % 3 === 0 ? 'valid' : trial % 3 === 1 ? 'same' : int(0, 2);
      const g = tf.backend_util.computeConv2DInfo(
        [batch, inHeight, inWidth, 1],
        [k, k, 1, outChannels],
        int(1, 3),
        1,
        pad,
      );
      const x = randomArray(random, sizeOf([batch, inHeight, inWidth]));
      const dy = randomArray(random, sizeOf([batch, g.outHeight, g.outWidth, outChannels]));
      // dW[kh, kw, 0, o] = Σ x[b, p·s + kh − top, q·s + kw − left] · dy[b, p, q, o], in float64
      const expected = new Float64Array(k * k * outChannels);
      for (let b = 0; b < batch; b++)
        for (let p = 0; p < g.outHeight; p++)
          for (let q = 0; q < g.outWidth; q++)
            for (let kh = 0; kh < k; kh++)
              for (let kw = 0; kw < k; kw++) {
                const [row, col] = [
                  p * g.strideHeight + kh - g.padInfo.top,
                  q * g.strideWidth + kw - g.padInfo.left,
                ];
                if (row < 0 || row >= inHeight || col < 0 || col >= inWidth) continue;
                const xValue = x[(b * inHeight + row) * inWidth + col] as number;
                for (let o = 0; o < outChannels; o++) {
                  const at = (kh * k + kw) * outChannels + o;
                  expected[at] =
                    (expected[at] as number) +
                    xValue * (dy[((b * g.outHeight + p) * g.outWidth + q) * outChannels + o] as number);
                }
              }
      const {
        views: [dw, xs, dys],
        kernels,
      } = heapWith(randomArray(random, expected.length), x, dy);
      kernels.filterGradientOneChannel(
        dw!.byteOffset,
        xs!.byteOffset,
        dys!.byteOffset,
        batch,
        inHeight,
        inWidth,
        g.outHeight,
        g.outWidth,
        outChannels,
        k,
        k,
        g.strideHeight,
        g.strideWidth,
        g.padInfo.top,
        g.padInfo.left,
      );
      const label = `${[batch, inHeight, inWidth]} ${k}×${k}→${outChannels} stride ${g.strideHeight} pad ${pad}`;
      expect(relativeError(dw!, Float32Array.from(expected)), label).toBeLessThanOrEqual(TOLERANCE);
    }
  });
});

describe('the wasm backend runs the SIMD kernels', () => {
  it('compiles synchronously anywhere: under the 4 KB Chromium allows on the main thread', () => {
    expect(bytes.length).toBeLessThan(4096);
  });

  it("finds wasm's heap, so the training kernels take the SIMD path", () => {
    expect(simdKernelsFor(tf.backend() as WasmBackend, 8)).toBeDefined();
  });
});

import type { Conv2DBackpropInputAttrs, KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import type { Tf } from '../types';
import { WasmOps, type WasmBackend } from './wasm-ops';

/**
 * The input gradient of a 2-D convolution as one call to wasm's fast Conv2D (wasm's own kernel for it
 * is a plain loop): dy, spread out by the stride and framed by k − 1 − pad zeros, convolved with the
 * filter turned by 180° and its channels swapped. At stride 1 the framing is the convolution's own
 * padding; otherwise dy is spread into a zeroed buffer first.
 */
export function conv2dBackpropInputConfig(tf: Tf): KernelConfig {
  const kernelFunc = ({ inputs, attrs, backend }: Parameters<KernelFunc>[0]): TensorInfo => {
    const { dy, filter } = inputs as { dy: TensorInfo; filter: TensorInfo };
    const { strides, pad, dimRoundingMode, inputShape } = attrs as unknown as Conv2DBackpropInputAttrs;
    const filterShape = filter.shape as [number, number, number, number];
    const info = tf.backend_util.computeConv2DInfo(inputShape, filterShape, strides, 1, pad, dimRoundingMode);
    const ops = new WasmOps(tf, backend as WasmBackend);
    const [kh, kw, ci, co] = filterShape;
    const [batch, inHeight, inWidth] = inputShape;
    const { outHeight, outWidth, strideHeight: sh, strideWidth: sw } = info;
    const top = kh - 1 - info.padInfo.top;
    const left = kw - 1 - info.padInfo.left;
    const bottom = inHeight - 1 - (outHeight - 1) * sh - top + kh - 1;
    const right = inWidth - 1 - (outWidth - 1) * sw - left + kw - 1;

    const flipped = ops.allocate([kh, kw, co, ci]);
    flipFilter(ops.view(filter), ops.view(flipped), kh, kw, ci, co);

    if (sh === 1 && sw === 1 && Math.min(top, left, bottom, right) >= 0) {
      const pads = [
        [0, 0],
        [top, bottom],
        [left, right],
        [0, 0],
      ];
      return ops.keep(ops.run('Conv2D', { x: dy, filter: flipped }, convAttrs(pads)));
    }
    const spreadShape = [batch, inHeight + kh - 1, inWidth + kw - 1, co];
    const spread = ops.allocate(spreadShape);
    const spreadValues = ops.view(spread).fill(0);
    spreadGradient(ops.view(dy), spreadValues, dy.shape, spreadShape, [sh, sw], [top, left]);
    return ops.keep(ops.run('Conv2D', { x: spread, filter: flipped }, convAttrs('valid')));
  };
  return { kernelName: tf.Conv2DBackpropInput, backendName: 'wasm', kernelFunc };
}

const convAttrs = (pad: 'valid' | number[][]) => ({
  strides: [1, 1],
  dilations: [1, 1],
  pad,
  dataFormat: 'NHWC',
});

/** out[a, b, o, i] = filter[kh − 1 − a, kw − 1 − b, i, o] */
function flipFilter(filter: Float32Array, out: Float32Array, kh: number, kw: number, ci: number, co: number) {
  for (let a = 0; a < kh; a++)
    for (let b = 0; b < kw; b++) {
      const from = ((kh - 1 - a) * kw + (kw - 1 - b)) * ci * co;
      const to = (a * kw + b) * co * ci;
      for (let i = 0; i < ci; i++)
        for (let o = 0; o < co; o++) out[to + o * ci + i] = filter[from + i * co + o] as number;
    }
}

/** Puts dy[b, p, q, :] at spread[b, top + p·sh, left + q·sw, :]; what falls outside is never needed. */
function spreadGradient(
  dy: Float32Array,
  spread: Float32Array,
  dyShape: number[],
  spreadShape: number[],
  [sh, sw]: number[],
  [top, left]: number[],
) {
  const [batch, outHeight, outWidth, channels] = dyShape as [number, number, number, number];
  const [, height, width] = spreadShape as [number, number, number, number];
  for (let b = 0; b < batch; b++)
    for (let p = 0; p < outHeight; p++) {
      const row = (top as number) + p * (sh as number);
      if (row < 0 || row >= height) continue;
      for (let q = 0; q < outWidth; q++) {
        const col = (left as number) + q * (sw as number);
        if (col < 0 || col >= width) continue;
        const from = ((b * outHeight + p) * outWidth + q) * channels;
        spread.set(dy.subarray(from, from + channels), ((b * height + row) * width + col) * channels);
      }
    }
}

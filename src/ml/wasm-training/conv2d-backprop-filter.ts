import type {
  backend_util,
  Conv2DBackpropFilterAttrs,
  KernelConfig,
  KernelFunc,
  TensorInfo,
} from '@tensorflow/tfjs-core';
import type { Tf } from '../types';
import { simdKernelsFor, type SimdKernels } from './simd-kernels';
import { WasmOps, type WasmBackend } from './wasm-ops';

/**
 * The input windows laid out as rows, one per filter tap (kh, kw, c) and one column per output
 * position (b, p, q): cols[(kh·KW + kw)·C + c][(b·H' + p)·W' + q] = x[b, p·s + kh − top, q·s + kw − left, c],
 * 0 where the window reaches into the padding. Writes `out`, [KH·KW·C, B·H'·W'].
 */
export function windowsByTap(out: Float32Array, x: Float32Array, g: backend_util.Conv2DInfo): void {
  const { batchSize, inHeight, inWidth, inChannels: channels, outHeight, outWidth } = g;
  const positions = batchSize * outHeight * outWidth;
  for (let kh = 0; kh < g.filterHeight; kh++)
    for (let kw = 0; kw < g.filterWidth; kw++)
      for (let c = 0; c < channels; c++) {
        const row = ((kh * g.filterWidth + kw) * channels + c) * positions;
        let m = row;
        for (let b = 0; b < batchSize; b++)
          for (let p = 0; p < outHeight; p++) {
            const y = p * g.strideHeight + kh - g.padInfo.top;
            if (y < 0 || y >= inHeight) {
              out.fill(0, m, m + outWidth);
              m += outWidth;
              continue;
            }
            const base = (b * inHeight + y) * inWidth * channels + c;
            for (let q = 0; q < outWidth; q++) {
              const xq = q * g.strideWidth + kw - g.padInfo.left;
              out[m++] = xq < 0 || xq >= inWidth ? 0 : (x[base + xq * channels] as number);
            }
          }
      }
}

/**
 * The filter gradient of a 2-D convolution (missing from TF.js's wasm backend), on wasm's fast
 * kernels, in one of two ways, whichever measured faster for the shape (Node, 2 cores, batch 32):
 * - one input channel (a network's first layer on grey images): simd-kernels.wat's
 *   `filterGradientOneChannel` where the output channels fill SIMD lanes; otherwise one matrix product,
 *     dW[kh, kw, c, o] = Σ over output positions m of windows[(kh, kw, c), m] · dy[m, o],
 *   with the windows laid out by `windowsByTap`; [KH·KW·C, O] is dW's own memory layout
 *   (0.9 ms against 1.4 ms for 28×28×1 → 8; SIMD: 0.3 ms);
 * - more channels: one call to wasm's Conv2D. With x seen as [C, H, W, batch] and dy as a filter
 *   [H', W', batch, O] dilated by the forward stride, dW[i, j, c, o] = Σ x[b, i + p·s − top,
 *   j + q·s − left, c] · dy[b, p, q, o] is exactly that convolution, [C, KH, KW, O], transposed back
 *   (1.3 ms against 2.0 ms for 14×14×8 → 16; 8 ms against 15 ms for 28×28×16 → 16).
 */
export function conv2dBackpropFilterConfig(tf: Tf): KernelConfig {
  const kernelFunc = ({ inputs, attrs, backend }: Parameters<KernelFunc>[0]): TensorInfo => {
    const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
    const { strides, pad, dimRoundingMode, filterShape } = attrs as unknown as Conv2DBackpropFilterAttrs;
    const info = tf.backend_util.computeConv2DInfo(
      x.shape as [number, number, number, number],
      filterShape,
      strides,
      1,
      pad,
      dimRoundingMode,
    );
    const ops = new WasmOps(tf, backend as WasmBackend);
    if (info.inChannels > 1) return ops.keep(byConvolution(ops, x, dy, info));
    const simd = simdKernelsFor(ops.backend, info.outChannels);
    return ops.keep(simd ? bySimd(simd, ops, x, dy, info) : byWindows(ops, x, dy, info));
  };
  return { kernelName: tf.Conv2DBackpropFilter, backendName: 'wasm', kernelFunc };
}

function bySimd(
  simd: SimdKernels,
  ops: WasmOps,
  x: TensorInfo,
  dy: TensorInfo,
  info: backend_util.Conv2DInfo,
) {
  const dw = ops.allocate(info.filterShape);
  simd.filterGradientOneChannel(
    ops.view(dw).byteOffset,
    ops.view(x).byteOffset,
    ops.view(dy).byteOffset,
    info.batchSize,
    info.inHeight,
    info.inWidth,
    info.outHeight,
    info.outWidth,
    info.outChannels,
    info.filterHeight,
    info.filterWidth,
    info.strideHeight,
    info.strideWidth,
    info.padInfo.top,
    info.padInfo.left,
  );
  return dw;
}

function byWindows(ops: WasmOps, x: TensorInfo, dy: TensorInfo, info: backend_util.Conv2DInfo) {
  const taps = info.filterHeight * info.filterWidth * info.inChannels;
  const positions = info.batchSize * info.outHeight * info.outWidth;
  const windows = ops.allocate([1, taps, positions]);
  windowsByTap(ops.view(windows), ops.view(x), info);
  const dy3d = { ...dy, shape: [1, positions, info.outChannels] };
  const product = ops.run('BatchMatMul', { a: windows, b: dy3d }, { transposeA: false, transposeB: false });
  return ops.run(
    'Reshape',
    { x: product },
    { shape: [info.filterHeight, info.filterWidth, 1, info.outChannels] },
  );
}

function byConvolution(ops: WasmOps, x: TensorInfo, dy: TensorInfo, info: backend_util.Conv2DInfo) {
  const { strideHeight: sh, strideWidth: sw, filterHeight: kh, filterWidth: kw } = info;
  const [, inHeight, inWidth] = x.shape as [number, number, number, number];
  const padBottom = kh + (info.outHeight - 1) * sh - inHeight - info.padInfo.top;
  const padRight = kw + (info.outWidth - 1) * sw - inWidth - info.padInfo.left;
  let xT = ops.run('Transpose', { x }, { perm: [3, 1, 2, 0] });
  if (padBottom < 0 || padRight < 0) {
    const [ci, , , batch] = xT.shape as [number, number, number, number];
    xT = ops.run(
      'Slice',
      { x: xT },
      {
        begin: [0, 0, 0, 0],
        size: [ci, inHeight + Math.min(0, padBottom), inWidth + Math.min(0, padRight), batch],
      },
    );
  }
  const dyT = ops.run('Transpose', { x: dy }, { perm: [1, 2, 0, 3] });
  const grad = ops.run(
    'Conv2D',
    { x: xT, filter: dyT },
    {
      strides: [1, 1],
      dilations: [sh, sw],
      pad: [
        [0, 0],
        [info.padInfo.top, Math.max(0, padBottom)],
        [info.padInfo.left, Math.max(0, padRight)],
        [0, 0],
      ],
      dataFormat: 'NHWC',
    },
  );
  return ops.run('Transpose', { x: grad }, { perm: [1, 2, 0, 3] });
}

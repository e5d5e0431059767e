import type {
  backend_util,
  KernelConfig,
  KernelFunc,
  MaxPoolGradAttrs,
  TensorInfo,
} from '@tensorflow/tfjs-core';
import type { Tf } from '../types';
import { simdKernelsFor } from './simd-kernels';
import { WasmOps, type WasmBackend } from './wasm-ops';

/**
 * The gradient of max pooling: each window's dy goes to the first of its largest inputs in reading
 * order (the cpu backend's rule), found as the first input equal to the window's pooled value `y`;
 * a position that is the maximum of overlapping windows receives their sum. Writes into `dx`, which
 * it zeroes first. Wasm's own kernel drops the gradient wherever a window's maximum is negative; this
 * one does not.
 */
export function maxPoolGradInto(
  dx: Float32Array,
  x: Float32Array,
  y: Float32Array,
  dy: Float32Array,
  g: backend_util.Conv2DInfo,
) {
  const { inHeight, inWidth, inChannels: channels, outHeight, outWidth } = g;
  dx.fill(0);
  for (let b = 0; b < g.batchSize; b++) {
    const base = b * inHeight * inWidth * channels;
    for (let p = 0; p < outHeight; p++) {
      const top = p * g.strideHeight - g.padInfo.top;
      const [rowStart, rowEnd] = [Math.max(0, top), Math.min(inHeight, top + g.filterHeight)];
      for (let q = 0; q < outWidth; q++) {
        const left = q * g.strideWidth - g.padInfo.left;
        const [colStart, colEnd] = [Math.max(0, left), Math.min(inWidth, left + g.filterWidth)];
        const out = ((b * outHeight + p) * outWidth + q) * channels;
        for (let c = 0; c < channels; c++) {
          const max = y[out + c] as number;
          find: for (let row = rowStart; row < rowEnd; row++)
            for (let col = colStart; col < colEnd; col++) {
              const i = base + (row * inWidth + col) * channels + c;
              if (x[i] === max) {
                dx[i] = (dx[i] as number) + (dy[out + c] as number);
                break find;
              }
            }
        }
      }
    }
  }
}

/**
 * MaxPoolGrad for wasm, straight on the wasm heap, no copies: simd-kernels.wat's `maxPoolGrad` where
 * the channels fill SIMD lanes, `maxPoolGradInto` otherwise.
 */
export function maxPoolGradConfig(tf: Tf): KernelConfig {
  const kernelFunc = ({ inputs, attrs, backend }: Parameters<KernelFunc>[0]): TensorInfo => {
    const { dy, input, output } = inputs as { dy: TensorInfo; input: TensorInfo; output: TensorInfo };
    const { filterSize, strides, pad, dimRoundingMode } = attrs as unknown as MaxPoolGradAttrs;
    const geometry = tf.backend_util.computePool2DInfo(
      input.shape as [number, number, number, number],
      filterSize,
      strides,
      1,
      pad,
      dimRoundingMode,
    );
    const ops = new WasmOps(tf, backend as WasmBackend);
    const dx = ops.allocate(input.shape);
    const [dxView, xView, yView, dyView] = [ops.view(dx), ops.view(input), ops.view(output), ops.view(dy)];
    const simd = simdKernelsFor(ops.backend, geometry.inChannels);
    if (!simd) maxPoolGradInto(dxView, xView, yView, dyView, geometry);
    else
      simd.maxPoolGrad(
        dxView.byteOffset,
        xView.byteOffset,
        yView.byteOffset,
        dyView.byteOffset,
        geometry.batchSize,
        geometry.inHeight,
        geometry.inWidth,
        geometry.inChannels,
        geometry.outHeight,
        geometry.outWidth,
        geometry.filterHeight,
        geometry.filterWidth,
        geometry.strideHeight,
        geometry.strideWidth,
        geometry.padInfo.top,
        geometry.padInfo.left,
      );
    return ops.keep(dx);
  };
  return { kernelName: tf.MaxPoolGrad, backendName: 'wasm', kernelFunc };
}

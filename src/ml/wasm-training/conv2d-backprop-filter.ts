import type { Conv2DBackpropFilterAttrs, KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import type { Tf } from '../types';
import { WasmOps, type WasmBackend } from './wasm-ops';

/**
 * The filter gradient of a 2-D convolution (missing from TF.js's wasm backend), as one call to wasm's
 * own fast Conv2D: with x seen as [ci, H, W, batch] and dy as a filter [H', W', batch, co], dilated by
 * the forward stride,
 *   dW[i, j, ci, co] = Σ x[b, i + p·s − top, j + q·s − left, ci] · dy[b, p, q, co]
 * is exactly that convolution, [ci, KH, KW, co], transposed back to [KH, KW, ci, co]. Rows the forward
 * pass never read (a stride that does not fit) are cut off first, since padding cannot be negative.
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
    return ops.keep(ops.run('Transpose', { x: grad }, { perm: [1, 2, 0, 3] }));
  };
  return { kernelName: tf.Conv2DBackpropFilter, backendName: 'wasm', kernelFunc };
}

import type { KernelConfig, KernelFunc, MeanAttrs, SumAttrs, TensorInfo } from '@tensorflow/tfjs-core';
import type { Tf } from '../types';
import { simdKernelsFor } from './simd-kernels';
import { WasmOps, type WasmBackend } from './wasm-ops';

/**
 * Sums a [rows, columns] block over its rows into `out` (in float64, then stored): the reduction
 * behind every bias gradient, over batch, height and width of an NHWC tensor.
 */
export function columnSumInto(out: Float32Array, values: Float32Array, rows: number, columns: number): void {
  const sums = new Float64Array(columns);
  for (let r = 0; r < rows; r++) {
    const row = r * columns;
    for (let c = 0; c < columns; c++) sums[c] = (sums[c] as number) + (values[row + c] as number);
  }
  out.set(sums);
}

/**
 * Sum and Mean for wasm, fast where training needs them: wasm's own kernels transpose the tensor first
 * when the reduced axes are the leading ones (a bias gradient's case, [0, 1, 2] of NHWC, and batch
 * normalisation's mean and variance), which costs more than the reduction. Those cases are summed here
 * in place (simd-kernels.wat's `columnSum` where the columns fill SIMD lanes, `columnSumInto`
 * otherwise), and a mean divided by the count; all others go to wasm's kernel, `stock`.
 */
function leadingAxesConfig(tf: Tf, kernelName: string, stock: KernelConfig): KernelConfig {
  const kernelFunc = (args: Parameters<KernelFunc>[0]): TensorInfo => {
    const { x } = args.inputs as { x: TensorInfo };
    const { axis, keepDims } = args.attrs as unknown as SumAttrs | MeanAttrs;
    const rank = x.shape.length;
    const axes = tf.util.parseAxisParam(axis, x.shape).sort((a, b) => a - b);
    const leading = rank > 1 && axes.length === rank - 1 && axes.every((a, i) => a === i);
    if (!leading || x.dtype !== 'float32') return stock.kernelFunc(args) as TensorInfo;
    const columns = x.shape[rank - 1] as number;
    const ops = new WasmOps(tf, args.backend as WasmBackend);
    const out = ops.allocate(keepDims ? [...Array<number>(rank - 1).fill(1), columns] : [columns]);
    const rows = tf.util.sizeFromShape(x.shape) / columns;
    const simd = simdKernelsFor(ops.backend, columns);
    if (simd) simd.columnSum(ops.view(out).byteOffset, ops.view(x).byteOffset, rows, columns);
    else columnSumInto(ops.view(out), ops.view(x), rows, columns);
    if (kernelName === tf.Mean) {
      const sums = ops.view(out);
      for (let c = 0; c < columns; c++) sums[c] = (sums[c] as number) / rows;
    }
    return ops.keep(out);
  };
  return { kernelName, backendName: 'wasm', kernelFunc };
}

export const sumConfig = (tf: Tf, stock: KernelConfig) => leadingAxesConfig(tf, tf.Sum, stock);
export const meanConfig = (tf: Tf, stock: KernelConfig) => leadingAxesConfig(tf, tf.Mean, stock);

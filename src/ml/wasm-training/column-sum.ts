import type { KernelConfig, KernelFunc, SumAttrs, TensorInfo } from '@tensorflow/tfjs-core';
import type { Tf } from '../types';
import { fitsSimdLanes, simdKernelsFor } from './simd-kernels';
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
 * Sum for wasm, fast where training needs it: wasm's own kernel transposes the tensor first when the
 * summed axes are the leading ones (a bias gradient's case, [0, 1, 2] of NHWC), which costs more than
 * the sum. Those cases are summed here in place (simd-kernels.wat's `columnSum` where the columns fill
 * SIMD lanes, `columnSumInto` otherwise); all others go to wasm's kernel, `stock`.
 */
export function sumConfig(tf: Tf, stock: KernelConfig): KernelConfig {
  const kernelFunc = (args: Parameters<KernelFunc>[0]): TensorInfo => {
    const { x } = args.inputs as { x: TensorInfo };
    const { axis, keepDims } = args.attrs as unknown as SumAttrs;
    const rank = x.shape.length;
    const axes = tf.util.parseAxisParam(axis, x.shape).sort((a, b) => a - b);
    const leading = rank > 1 && axes.length === rank - 1 && axes.every((a, i) => a === i);
    if (!leading || x.dtype !== 'float32') return stock.kernelFunc(args) as TensorInfo;
    const columns = x.shape[rank - 1] as number;
    const ops = new WasmOps(tf, args.backend as WasmBackend);
    const out = ops.allocate(keepDims ? [...Array<number>(rank - 1).fill(1), columns] : [columns]);
    const rows = tf.util.sizeFromShape(x.shape) / columns;
    const simd = fitsSimdLanes(columns) ? simdKernelsFor(ops.backend) : undefined;
    if (simd) simd.columnSum(ops.view(out).byteOffset, ops.view(x).byteOffset, rows, columns);
    else columnSumInto(ops.view(out), ops.view(x), rows, columns);
    return ops.keep(out);
  };
  return { kernelName: tf.Sum, backendName: 'wasm', kernelFunc };
}

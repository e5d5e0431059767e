import type { KernelConfig, KernelFunc, TensorInfo, TileAttrs } from '@tensorflow/tfjs-core';
import type { Tf } from '../types';
import { WasmOps, type WasmBackend } from './wasm-ops';

/**
 * `x` (of `shape`) repeated `reps[d]` times along each axis d, written into `out`. Each axis's first
 * copy is written once (recursively, a contiguous run at the last axis), then doubled in place with
 * copyWithin, so the work is x's size in JavaScript and the rest is memory moves.
 */
export function tileInto(
  out: Float32Array,
  x: Float32Array,
  shape: readonly number[],
  reps: readonly number[],
): void {
  const rank = shape.length;
  // elements per step along each axis, in x and in out; one past the last axis is 1
  const xStride = Array<number>(rank + 1).fill(1);
  const outStride = Array<number>(rank + 1).fill(1);
  for (let d = rank - 1; d >= 0; d--) {
    xStride[d] = (xStride[d + 1] as number) * (shape[d] as number);
    outStride[d] = (outStride[d + 1] as number) * (shape[d] as number) * (reps[d] as number);
  }
  const fill = (d: number, xAt: number, outAt: number): void => {
    if (d === rank) {
      out[outAt] = x[xAt] as number;
      return;
    }
    const extent = shape[d] as number;
    const [xStep, outStep] = [xStride[d + 1] as number, outStride[d + 1] as number];
    if (d === rank - 1) out.set(x.subarray(xAt, xAt + extent), outAt);
    else for (let i = 0; i < extent; i++) fill(d + 1, xAt + i * xStep, outAt + i * outStep);
    const total = outStride[d] as number;
    for (let done = extent * outStep; done < total; done *= 2)
      out.copyWithin(outAt + done, outAt, outAt + Math.min(done, total - done));
  };
  if (out.length > 0) fill(0, 0, 0);
}

/**
 * Tile for wasm: wasm's own kernel computes every output element's source index (about 50 ns an
 * element here), and training calls it on whole activations: TF.js's batch-norm gradient tiles
 * 1/√variance to the input's shape (20 ms for 32×28×28×16, a third of a residual-net step). float32
 * goes to `tileInto`; other dtypes to wasm's kernel, `stock`.
 */
export function tileConfig(tf: Tf, stock: KernelConfig): KernelConfig {
  const kernelFunc = (args: Parameters<KernelFunc>[0]): TensorInfo => {
    const { x } = args.inputs as { x: TensorInfo };
    if (x.dtype !== 'float32') return stock.kernelFunc(args) as TensorInfo;
    const { reps } = args.attrs as unknown as TileAttrs;
    const ops = new WasmOps(tf, args.backend as WasmBackend);
    const out = ops.allocate(x.shape.map((extent, d) => extent * (reps[d] as number)));
    tileInto(ops.view(out), ops.view(x), x.shape, reps);
    return ops.keep(out);
  };
  return { kernelName: tf.Tile, backendName: 'wasm', kernelFunc };
}

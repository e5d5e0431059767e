import type { KernelBackend, NamedAttrMap, NamedTensorInfoMap, TensorInfo } from '@tensorflow/tfjs-core';
import type { Tf } from '../types';

/** The parts of the wasm backend a kernel needs: its own outputs, and views of tensors on its heap. */
export interface WasmBackend extends KernelBackend {
  makeOutput(shape: number[], dtype: 'float32'): TensorInfo;
  typedArrayFromHeap(info: TensorInfo): Float32Array;
}

/**
 * Runs wasm's own kernels from inside another kernel (the public `getKernel` registry), and frees what
 * they made along the way: a kernel returns its outputs and must leave nothing else behind.
 */
export class WasmOps {
  private readonly made: TensorInfo[] = [];

  constructor(
    private readonly tf: Tf,
    readonly backend: WasmBackend,
  ) {}

  run(kernelName: string, inputs: NamedTensorInfoMap, attrs: NamedAttrMap = {}): TensorInfo {
    const config = this.tf.getKernel(kernelName, 'wasm');
    if (!config) throw new Error(`wasm has no ${kernelName} kernel`);
    const out = config.kernelFunc({ inputs, attrs, backend: this.backend }) as TensorInfo;
    this.made.push(out);
    return out;
  }

  /** a new float32 tensor on the wasm heap, not yet written (its memory holds whatever was there) */
  allocate(shape: number[]): TensorInfo {
    const out = this.backend.makeOutput(shape, 'float32');
    this.made.push(out);
    return out;
  }

  /**
   * A view (not a copy) of a float32 tensor on the wasm heap. Take views after the last allocation:
   * a heap that grows detaches them.
   */
  view(info: TensorInfo): Float32Array {
    return this.backend.typedArrayFromHeap(info);
  }

  /** Frees an intermediate now rather than at the end (a loop's per-step buffers). */
  free(info: TensorInfo): void {
    const at = this.made.indexOf(info);
    // an input, or a tensor freed already, is not this kernel's to free
    if (at < 0) throw new Error('WasmOps.free: not an intermediate of this kernel');
    this.made.splice(at, 1);
    this.backend.disposeData(info.dataId);
  }

  /** Frees every intermediate except `result`, which the kernel returns. */
  keep(result: TensorInfo): TensorInfo {
    return this.keepAll([result])[0] as TensorInfo;
  }

  /** Frees every intermediate except `results`, a kernel's several outputs. */
  keepAll(results: TensorInfo[]): TensorInfo[] {
    for (const info of this.made) if (!results.includes(info)) this.backend.disposeData(info.dataId);
    this.made.length = 0;
    return results;
  }
}

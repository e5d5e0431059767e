import bytes from './simd-kernels.wat';
import type { WasmBackend } from './wasm-ops';

/** The functions of simd-kernels.wat. Pointers are byte offsets of float32 tensors on wasm's heap. */
export interface SimdKernels {
  maxPoolGrad(
    dx: number,
    x: number,
    y: number,
    dy: number,
    batch: number,
    inHeight: number,
    inWidth: number,
    channels: number,
    outHeight: number,
    outWidth: number,
    filterHeight: number,
    filterWidth: number,
    strideHeight: number,
    strideWidth: number,
    top: number,
    left: number,
  ): void;
  columnSum(out: number, values: number, rows: number, columns: number): void;
  filterGradientOneChannel(
    dw: number,
    x: number,
    dy: number,
    batch: number,
    inHeight: number,
    inWidth: number,
    outHeight: number,
    outWidth: number,
    outChannels: number,
    filterHeight: number,
    filterWidth: number,
    strideHeight: number,
    strideWidth: number,
    top: number,
    left: number,
  ): void;
}

/** The SIMD functions take four channels at a time: other channel counts use the JavaScript loops. */
export const SIMD_LANES = 4;

let compiled: WebAssembly.Module | null | undefined;
const instances = new WeakMap<WebAssembly.Memory, SimdKernels | null>();

/** The compiled module, or null where this engine has no WebAssembly SIMD. */
function module(): WebAssembly.Module | null {
  // synchronous compilation: the module is a few kilobytes, under Chromium's 4 KB main-thread limit
  compiled ??= WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
  return compiled;
}

/**
 * The SIMD kernels working on `memory`, or undefined where they cannot: no SIMD in this engine, or a
 * memory they cannot share (wasm's threaded build, whose memory is shared).
 */
export function simdKernelsOn(memory: WebAssembly.Memory): SimdKernels | undefined {
  if (!instances.has(memory)) {
    const compiledModule = module();
    let kernels: SimdKernels | null = null;
    if (compiledModule) {
      try {
        kernels = new WebAssembly.Instance(compiledModule, { env: { memory } })
          .exports as unknown as SimdKernels;
      } catch {
        kernels = null;
      }
    }
    instances.set(memory, kernels);
  }
  return instances.get(memory) ?? undefined;
}

/** The SIMD kernels on this wasm backend's heap, if it exposes its memory (TF.js 4's Emscripten module does). */
export function simdKernelsFor(backend: WasmBackend): SimdKernels | undefined {
  const memory = (backend as { wasm?: { asm?: { memory?: unknown } } }).wasm?.asm?.memory;
  return memory instanceof WebAssembly.Memory ? simdKernelsOn(memory) : undefined;
}

/** Whether tensors of `channels` channels can use the SIMD kernels. */
export function fitsSimdLanes(channels: number): boolean {
  return channels % SIMD_LANES === 0;
}

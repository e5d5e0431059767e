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
const SIMD_LANES = 4;

let compiled: WebAssembly.Module | null | undefined;
const instances = new WeakMap<WebAssembly.Memory, SimdKernels | null>();

/** The compiled module, or null where this engine has no WebAssembly SIMD. */
function module(): WebAssembly.Module | null {
  // synchronous compilation: the module is a few kilobytes, under Chromium's 4 KB main-thread limit
  compiled ??= WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
  return compiled;
}

function instantiate(memory: WebAssembly.Memory): SimdKernels | null {
  const compiledModule = module();
  if (!compiledModule) return null;
  try {
    return new WebAssembly.Instance(compiledModule, { env: { memory } }).exports as unknown as SimdKernels;
  } catch {
    // a memory it cannot import: wasm's threaded build shares its memory
    return null;
  }
}

/** The SIMD kernels working on `memory`, or undefined where this engine has no SIMD or they cannot share it. */
export function simdKernelsOn(memory: WebAssembly.Memory): SimdKernels | undefined {
  if (!instances.has(memory)) instances.set(memory, instantiate(memory));
  return instances.get(memory) ?? undefined;
}

/**
 * The SIMD kernels on this wasm backend's heap (TF.js 4's Emscripten module exposes its memory), for
 * tensors of `channels` channels; undefined where they cannot serve, and the JavaScript loops do.
 */
export function simdKernelsFor(backend: WasmBackend, channels: number): SimdKernels | undefined {
  if (channels % SIMD_LANES !== 0) return undefined;
  const memory = (backend as { wasm?: { asm?: { memory?: unknown } } }).wasm?.asm?.memory;
  return memory instanceof WebAssembly.Memory ? simdKernelsOn(memory) : undefined;
}

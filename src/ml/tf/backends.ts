import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { BackendCandidate } from '../types';

const canvasContext = (kind: 'webgl2' | 'webgl'): boolean => {
  try {
    if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(1, 1).getContext(kind) !== null;
    return typeof document !== 'undefined' && document.createElement('canvas').getContext(kind) !== null;
  } catch {
    return false;
  }
};

/**
 * The backends a browser may offer. Each loads its code only when tried, from this site (the .wasm
 * files are part of the build), never from another host.
 */
export const browserBackends: readonly BackendCandidate[] = [
  {
    name: 'wasm',
    offered: () => typeof WebAssembly === 'object',
    register: async () => {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      wasm.setWasmPaths({
        'tfjs-backend-wasm.wasm': wasmPlain,
        'tfjs-backend-wasm-simd.wasm': wasmSimd,
        'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
      });
    },
  },
  {
    name: 'webgl',
    offered: () => canvasContext('webgl2') || canvasContext('webgl'),
    register: async () => {
      await import('@tensorflow/tfjs-backend-webgl');
    },
  },
  {
    name: 'webgpu',
    offered: () => typeof navigator !== 'undefined' && 'gpu' in navigator,
    register: async () => {
      // a browser can offer the API without an adapter (no GPU, or GPU blocked): ask before loading
      const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
      if (!(await gpu?.requestAdapter())) throw new Error('no WebGPU adapter');
      await import('@tensorflow/tfjs-backend-webgpu');
    },
  },
  {
    name: 'cpu',
    offered: () => true,
    register: async () => {
      await import('@tensorflow/tfjs-backend-cpu');
    },
  },
];

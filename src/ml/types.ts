import type * as TfCore from '@tensorflow/tfjs-core';

/** The TF.js API as this book uses it: tfjs-core plus whichever backend was chosen. */
export type Tf = typeof TfCore;

export type BackendName = 'wasm' | 'webgl' | 'webgpu' | 'cpu';
export const BACKENDS: readonly BackendName[] = ['wasm', 'webgl', 'webgpu', 'cpu'];

export interface BackendCandidate {
  name: BackendName;
  /** whether this browser offers what the backend needs, checked without starting it */
  offered(): boolean;
  /** loads the backend's code, which registers it with TF.js */
  register(): Promise<void>;
}

/**
 * What happened when a backend was tried: its time on the benchmark, why it failed, or, when it worked
 * but a timed run took over `factor` times the time of a backend measured before it, that it was passed
 * over without being timed to the end.
 */
export type Trial =
  | { name: BackendName; ms: number }
  | { name: BackendName; failed: string }
  | { name: BackendName; passedOver: SlowerThan };

/** a backend's timed run took over `factor` times the time of `than`'s */
export interface SlowerThan {
  than: BackendName;
  factor: number;
}

export interface TfRuntime {
  tf: Tf;
  backend: BackendName;
  /** e.g. "wasm (SIMD)", shown to the reader */
  label: string;
  trials: Trial[];
}

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

/** What happened when a backend was tried: its time on the benchmark, or why it was passed over. */
export type Trial = { name: BackendName; ms: number } | { name: BackendName; failed: string };

export interface TfRuntime {
  tf: Tf;
  backend: BackendName;
  /** e.g. "wasm (SIMD)", shown to the reader */
  label: string;
  trials: Trial[];
}

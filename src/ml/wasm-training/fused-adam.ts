import type { NamedTensorMap, Scalar, Variable } from '@tensorflow/tfjs-core';
import { tfjsAdam, type AdamFactory } from '../../models/training/trainer';
import type { Tf } from '../types';
import type { WasmBackend } from './wasm-ops';

export interface AdamSettings {
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
}

/**
 * One Adam step (Kingma & Ba 2015) for one weight array, in place, exactly as TF.js's AdamOptimizer
 * computes it: bias-corrected moments, ε added to the square root. `step` counts from 1.
 */
export function adamUpdate(
  weights: Float32Array,
  gradient: Float32Array,
  m: Float32Array,
  v: Float32Array,
  { learningRate, beta1, beta2, epsilon }: AdamSettings,
  step: number,
): void {
  const correct1 = 1 - beta1 ** step;
  const correct2 = 1 - beta2 ** step;
  for (let i = 0; i < weights.length; i++) {
    const g = gradient[i] as number;
    const mi = beta1 * (m[i] as number) + (1 - beta1) * g;
    const vi = beta2 * (v[i] as number) + (1 - beta2) * g * g;
    m[i] = mi;
    v[i] = vi;
    weights[i] =
      (weights[i] as number) - (learningRate * (mi / correct1)) / (Math.sqrt(vi / correct2) + epsilon);
  }
}

/**
 * Adam for the wasm backend in one pass per variable instead of about fifteen TF.js operations: the
 * gradient read where it lies on the wasm heap, the moments kept as plain arrays, the new weights
 * written back as one tensor. Same maths as the optimiser's minimize(f, true, variables).
 */
export class FusedAdam {
  private readonly moments: { m: Float32Array; v: Float32Array }[];
  private step = 0;

  constructor(
    private readonly tf: Tf,
    private readonly variables: Variable[],
    private readonly settings: AdamSettings,
  ) {
    this.moments = variables.map((variable) => ({
      m: new Float32Array(variable.size),
      v: new Float32Array(variable.size),
    }));
  }

  minimize(loss: () => Scalar): Scalar {
    const { value, grads } = this.tf.variableGrads(loss, this.variables);
    this.apply(grads);
    this.tf.dispose(Object.values(grads));
    return value;
  }

  /** the moments are plain arrays: nothing to free */
  dispose(): void {}

  private apply(grads: NamedTensorMap): void {
    const backend = this.tf.backend() as WasmBackend;
    this.step++;
    this.variables.forEach((variable, i) => {
      const { m, v } = this.moments[i] as { m: Float32Array; v: Float32Array };
      // new weights in a new tensor, never in place: wasm caches its packed matMul and conv weights
      // by tensor, and would go on using the old ones
      const weights = backend.readSync(variable.dataId) as Float32Array;
      const gradient = backend.typedArrayFromHeap(grads[variable.name] as Variable);
      adamUpdate(weights, gradient, m, v, this.settings, this.step);
      this.tf.tidy(() => variable.assign(this.tf.tensor(weights, variable.shape)));
    });
  }
}

/** TF.js's Adam defaults: β₁ 0.9, β₂ 0.999, ε 1e-7 (a float32 backend's epsilon) */
const fusedAdam: AdamFactory = (tf, variables, learningRate) =>
  new FusedAdam(tf, variables, { learningRate, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 });

/** The Adam to train with on the current backend: fused on wasm, TF.js's own elsewhere or when `stock`. */
export const adamFor = (tf: Tf, stock = false): AdamFactory =>
  tf.getBackend() === 'wasm' && !stock ? fusedAdam : tfjsAdam;

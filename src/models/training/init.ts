import type * as TfCore from '@tensorflow/tfjs-core';
import { gaussian } from '../random';
import type { Tf } from './model';

/**
 * Seeded weights: He-normal for layers followed by relu (std √(2 / fan-in), He et al. 2015),
 * Glorot-uniform for the rest (limit √(6 / (fan-in + fan-out)), Glorot & Bengio 2010). Every weight
 * comes from the book's own generator, so the same seed gives the same model on every backend.
 */
export function heNormal(tf: Tf, random: () => number, shape: number[], fanIn: number): TfCore.Variable {
  const std = Math.sqrt(2 / fanIn);
  return variable(tf, shape, () => gaussian(random) * std);
}

export function glorotUniform(
  tf: Tf,
  random: () => number,
  shape: number[],
  fanIn: number,
  fanOut: number,
): TfCore.Variable {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  return variable(tf, shape, () => (random() * 2 - 1) * limit);
}

export function constant(tf: Tf, shape: number[], value: number): TfCore.Variable {
  return variable(tf, shape, () => value);
}

function variable(tf: Tf, shape: number[], draw: () => number): TfCore.Variable {
  const size = shape.reduce((a, b) => a * b, 1);
  // the variable keeps the data; tidy frees the tensor it was made from
  return tf.tidy(() => tf.variable(tf.tensor(Float32Array.from({ length: size }, draw), shape)));
}

import type { Scalar } from '@tensorflow/tfjs-core';
import type { Tf } from '../ml/types';
import { conv1dOutputLength, conv1dWindow, type Padding } from './conv1d';

export interface FitKernelConfig {
  signal: number[];
  /** the output to reproduce: the signal convolved with the kernel to be found */
  target: number[];
  kernelSize: number;
  padding: Padding;
  steps: number;
  learningRate: number;
}

export const MAX_STEPS = 100_000;

export interface FitKernelResult {
  kernel: number[];
  loss: number;
  steps: number;
}

/** Rows of a 1-D signal's windows, [outputs, k]: the convolution becomes a matrix–vector product. */
export function windowsMatrix(signal: readonly number[], kernelSize: number, padding: Padding): number[][] {
  const ones = new Array<number>(kernelSize).fill(1);
  return Array.from(
    { length: conv1dOutputLength(signal.length, kernelSize, padding) },
    (_, i) => conv1dWindow(signal, ones, padding, i).inputs,
  );
}

export function checkFitKernelConfig(config: unknown): FitKernelConfig {
  const c = config as Partial<FitKernelConfig>;
  const numbers = (a: unknown) =>
    Array.isArray(a) && a.every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!numbers(c.signal) || !numbers(c.target))
    throw new Error('fit-kernel needs a finite signal and target');
  if (!Number.isInteger(c.kernelSize) || (c.kernelSize as number) < 1)
    throw new Error('fit-kernel needs a kernel size ≥ 1');
  if (c.padding !== 'same' && c.padding !== 'valid')
    throw new Error('fit-kernel padding is "same" or "valid"');
  if (!Number.isInteger(c.steps) || (c.steps as number) < 1 || (c.steps as number) > MAX_STEPS)
    throw new Error(`fit-kernel steps must be a whole number from 1 to ${MAX_STEPS}`);
  if (typeof c.learningRate !== 'number' || !(c.learningRate > 0 && c.learningRate <= 10))
    throw new Error('fit-kernel learning rate must be a number above 0 and at most 10');
  const outputs = conv1dOutputLength((c.signal as number[]).length, c.kernelSize as number, c.padding);
  if ((c.target as number[]).length !== outputs || outputs === 0)
    throw new Error(`fit-kernel target must have ${outputs} values`);
  return c as FitKernelConfig;
}

/**
 * Learns a kernel from examples: starting from zeros, Adam minimises the mean squared difference
 * between (windows · w) and the target. `onStep` sees every step's loss and kernel and returns (or
 * resolves to) false to stop early. Every tensor it makes is disposed before it returns.
 */
export async function fitKernel(
  tf: Tf,
  config: FitKernelConfig,
  onStep: (step: number, loss: number, kernel: number[]) => boolean | Promise<boolean>,
): Promise<FitKernelResult> {
  const x = tf.tensor2d(windowsMatrix(config.signal, config.kernelSize, config.padding));
  const t = tf.tensor2d(config.target, [config.target.length, 1]);
  const w = tf.tidy(() => tf.variable(tf.zeros([config.kernelSize, 1])));
  const optimizer = tf.train.adam(config.learningRate);
  let loss = Infinity;
  let step = 0;
  try {
    while (step < config.steps) {
      const cost = optimizer.minimize(() => tf.mean(tf.square(tf.sub(tf.matMul(x, w), t))) as Scalar, true);
      if (!cost) throw new Error('the optimiser returned no loss');
      step += 1;
      loss = (await cost.data())[0] as number;
      cost.dispose();
      const kernel = Array.from(await w.data());
      if (!(await onStep(step, loss, kernel)) || loss < 1e-10) break;
    }
    return { kernel: Array.from(await w.data()), loss, steps: step };
  } finally {
    optimizer.dispose();
    tf.dispose([x, t, w]);
  }
}

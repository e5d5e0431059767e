import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// tfjs-core alone registers no gradients: fitKernel needs a tf with them (the training tasks load them)
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFitKernelConfig, fitKernel, windowsMatrix, type FitKernelConfig } from './fit-kernel';
import { seededRandom } from './random';
import { referenceConv1d } from './reference/conv1d';
import { makeSignal } from './signals';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

const matVec = (rows: number[][], v: readonly number[]): number[] =>
  rows.map((row) => row.reduce((sum, x, j) => sum + x * (v[j] as number), 0));

const edgeConfig = (overrides: Partial<FitKernelConfig> = {}): FitKernelConfig => {
  const signal = makeSignal('sine', 48, 7);
  const kernel = [-1, 0, 1];
  return {
    signal,
    target: referenceConv1d(signal, kernel, 'same'),
    kernelSize: 3,
    padding: 'same',
    steps: 1500,
    learningRate: 0.05,
    ...overrides,
  };
};

describe('windowsMatrix', () => {
  it('times a kernel gives the reference convolution, for both paddings and several sizes', () => {
    const random = seededRandom(3);
    for (const padding of ['same', 'valid'] as const) {
      for (const k of [1, 2, 3, 4, 7]) {
        const signal = Array.from({ length: 12 }, () => random() - 0.5);
        const kernel = Array.from({ length: k }, () => random() - 0.5);
        const rows = windowsMatrix(signal, k, padding);
        expect(rows).toHaveLength(padding === 'same' ? 12 : 12 - k + 1);
        rows.forEach((row) => expect(row).toHaveLength(k));
        const product = matVec(rows, kernel);
        referenceConv1d(signal, kernel, padding).forEach((v, i) => expect(product[i]).toBeCloseTo(v, 12));
      }
    }
  });

  it('has zeros where the window covers the padding', () => {
    expect(windowsMatrix([1, 2, 3], 3, 'same')).toEqual([
      [0, 1, 2],
      [1, 2, 3],
      [2, 3, 0],
    ]);
    expect(windowsMatrix([1, 2], 3, 'valid')).toEqual([]);
  });
});

describe('fitKernel', () => {
  it('recovers a known kernel from a noisy sine', async () => {
    const steps: number[] = [];
    const result = await fitKernel(tf, edgeConfig(), (step) => {
      steps.push(step);
      return true;
    });
    expect(result.kernel).toHaveLength(3);
    result.kernel.forEach((w, j) => expect(Math.abs(w - ([-1, 0, 1][j] as number))).toBeLessThan(1e-2));
    expect(result.loss).toBeLessThan(1e-4);
    expect(result.steps).toBe(steps.length);
    expect(steps[0]).toBe(1);
    steps.forEach((s, i) => expect(s).toBe(i + 1));
  });

  it('reports a falling loss and the current kernel at each step', async () => {
    const losses: number[] = [];
    await fitKernel(tf, edgeConfig({ steps: 40 }), (_step, loss, kernel) => {
      expect(kernel).toHaveLength(3);
      losses.push(loss);
      return true;
    });
    expect(losses).toHaveLength(40);
    expect(losses.at(-1) as number).toBeLessThan(losses[0] as number);
  });

  it('stops early when onStep returns false', async () => {
    const result = await fitKernel(tf, edgeConfig(), (step) => step < 7);
    expect(result.steps).toBe(7);
    expect(Number.isFinite(result.loss)).toBe(true);
    expect(result.kernel).toHaveLength(3);
  });

  it('leaves no tensor behind, whether it runs to the end or is stopped early', async () => {
    const leftBy = async (steps: number, stopAt: number) => {
      const before = tf.memory().numTensors;
      await fitKernel(tf, edgeConfig({ steps }), (step) => step < stopAt);
      return tf.memory().numTensors - before;
    };
    expect(await leftBy(2, Infinity)).toBe(0);
    expect(await leftBy(60, Infinity)).toBe(0);
    expect(await leftBy(60, 5)).toBe(0);
  });
});

describe('checkFitKernelConfig', () => {
  const good = edgeConfig({ steps: 10 });

  it('accepts a good config and returns it', () => {
    expect(checkFitKernelConfig(good)).toBe(good);
  });

  it.each([
    ['a missing signal', { ...good, signal: undefined }, 'fit-kernel needs a finite signal and target'],
    ['a non-finite signal', { ...good, signal: [1, NaN, 2] }, 'fit-kernel needs a finite signal and target'],
    [
      'a target of strings',
      { ...good, target: good.target.map(String) },
      'fit-kernel needs a finite signal and target',
    ],
    ['a zero kernel size', { ...good, kernelSize: 0 }, 'fit-kernel needs a kernel size ≥ 1'],
    ['a fractional kernel size', { ...good, kernelSize: 2.5 }, 'fit-kernel needs a kernel size ≥ 1'],
    ['an unknown padding', { ...good, padding: 'full' }, 'fit-kernel padding is "same" or "valid"'],
    ['endless steps', { ...good, steps: Infinity }, 'fit-kernel steps must be a whole number'],
    ['steps as text', { ...good, steps: 'abc' }, 'fit-kernel steps must be a whole number'],
    ['zero steps', { ...good, steps: 0 }, 'fit-kernel steps must be a whole number'],
    ['a NaN learning rate', { ...good, learningRate: NaN }, 'fit-kernel learning rate must be'],
    ['a negative learning rate', { ...good, learningRate: -0.1 }, 'fit-kernel learning rate must be'],
    [
      'a target of the wrong length',
      { ...good, target: good.target.slice(1) },
      'fit-kernel target must have 48 values',
    ],
    [
      'no outputs at all',
      { ...good, signal: [1, 2], target: [], padding: 'valid' },
      'fit-kernel target must have 0 values',
    ],
  ])('rejects %s', (_name, config, message) => {
    expect(() => checkFitKernelConfig(config)).toThrow(message);
  });

  it('rejects something that is not a config at all', () => {
    expect(() => checkFitKernelConfig({})).toThrow('fit-kernel needs a finite signal and target');
    expect(() => checkFitKernelConfig(null)).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../models/conv2d/presets';
import { referenceConv2d } from '../../models/reference/conv2d';
import { seededRandom } from '../../models/random';
import { singleKernel, volume } from '../../models/conv2d/volume';
import {
  featureSolution,
  kernelVerdicts,
  parameterSolution,
  sizeSolution,
  square,
  strideChoices,
} from './solutions';

/** The output width measured on the reference convolution of an n × n image. */
const measuredWidth = (n: number, k: number, s: number, p: number, d: number) =>
  referenceConv2d(volume(n, n, 1), singleKernel(square(new Array<number>(k * k).fill(1))), {
    stride: s,
    pad: p,
    dilation: d,
  }).w;

describe('sizeSolution', () => {
  it.each([
    [32, 5, 1, 2, 1, 32],
    [32, 3, 2, 1, 1, 16],
    [7, 3, 2, 0, 1, 3],
    [28, 5, 1, 0, 1, 24],
    [10, 3, 1, 0, 2, 6],
    [3, 5, 1, 0, 1, 0],
  ])('n=%i k=%i s=%i p=%i d=%i gives %i, as the reference convolution does', (n, k, s, p, d, expected) => {
    const { answer } = sizeSolution({ n, k, s, p, d });
    expect(answer).toBe(expected);
    expect(answer).toBe(measuredWidth(n, k, s, p, d));
  });

  it('names the likely slips, never the answer itself', () => {
    const { answer, mistakes, span, padded } = sizeSolution({ n: 32, k: 5, s: 2, p: 2, d: 1 });
    expect([answer, span, padded]).toEqual([16, 5, 36]);
    expect(mistakes.get(32)).toBe('noStride');
    expect(mistakes.get(15)).toBe('noPlusOne');
    expect(mistakes.get(14)).toBe('noPadding');
    expect(mistakes.get(17)).toBe('roundedUp');
    expect(mistakes.has(answer)).toBe(false);
  });
});

describe('strideChoices', () => {
  it('holds the right width and up to three slips, in order', () => {
    expect(strideChoices({ n: 32, k: 3, s: 2, p: 1, d: 1 })).toEqual([15, 16, 17, 32]);
    const choices = strideChoices({ n: 7, k: 3, s: 2, p: 0, d: 1 });
    expect(choices).toContain(3);
    expect(new Set(choices).size).toBe(choices.length);
  });
});

describe('parameterSolution', () => {
  it('counts k·k·C_in·C_out weights and C_out biases', () => {
    expect(parameterSolution({ k: 3, cIn: 3, cOut: 64, bias: true }).answer).toBe(1792);
    expect(parameterSolution({ k: 5, cIn: 1, cOut: 6, bias: true }).answer).toBe(156);
    expect(parameterSolution({ k: 3, cIn: 64, cOut: 128, bias: false }).answer).toBe(73728);
  });

  it('names forgetting the biases, the depth or the other kernels', () => {
    const { mistakes } = parameterSolution({ k: 3, cIn: 3, cOut: 64, bias: true });
    expect(mistakes.get(1728)).toBe('noBias');
    expect(mistakes.get(640)).toBe('noDepth');
    expect(mistakes.get(28)).toBe('oneKernel');
    expect(parameterSolution({ k: 3, cIn: 3, cOut: 64, bias: false }).mistakes.get(1792)).toBe('extraBias');
  });
});

describe('featureSolution', () => {
  it('is the sum of element-wise products, as the reference convolution computes it', () => {
    const random = seededRandom(21);
    for (let trial = 0; trial < 20; trial++) {
      const patch = Array.from({ length: 9 }, () => Math.round(random() * 10) / 10);
      const kernel = Array.from({ length: 9 }, () => Math.round(random() * 4 - 2));
      const y = referenceConv2d(volume(3, 3, 1, Float32Array.from(patch)), singleKernel(square(kernel)), {
        stride: 1,
        pad: 0,
        dilation: 1,
      });
      expect(featureSolution(patch, kernel).answer).toBeCloseTo(y.data[0]!, 5);
    }
  });

  it('knows the flipped-kernel slip', () => {
    const result = featureSolution([1, 2, 3, 4, 5, 6, 7, 8, 9], [-1, 0, 1, -1, 0, 1, -1, 0, 1]);
    expect(result.answer).toBe(6);
    expect(result.flipped).toBe(-6);
  });

  it('refuses shapes that do not match', () => {
    expect(() => featureSolution([1, 2, 3, 4], [1, 2, 3, 4, 5, 6, 7, 8, 9])).toThrow();
    expect(() => square([1, 2, 3])).toThrow(/square/);
  });
});

describe('kernelVerdicts', () => {
  it('finds vertical edges with the vertical-edge and Sobel kernels, not with the others', () => {
    const verdicts = kernelVerdicts(['horizontalEdge', 'verticalEdge', 'box', 'sobel', 'laplacian']);
    expect(verdicts.filter((v) => v.finds).map((v) => v.name)).toEqual(['verticalEdge', 'sobel']);
    expect(verdicts[1]).toMatchObject({ vertical: expect.closeTo(3), horizontal: expect.closeTo(0) });
    expect(verdicts[0]).toMatchObject({ vertical: expect.closeTo(0), horizontal: expect.closeTo(3) });
  });

  it('has every preset it judges', () => {
    expect(Object.keys(PRESETS)).toContain('verticalEdge');
  });
});

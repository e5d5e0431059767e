import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { randomKernels } from './random-kernels';

describe('randomKernels', () => {
  it('has the shape [cOut][cIn][k][k] and repeats for a seed', () => {
    const a = randomKernels(seededRandom(4), 5, 3, 3);
    expect(a).toHaveLength(5);
    expect(
      a.every(
        (kernel) =>
          kernel.length === 3 && kernel.every((s) => s.length === 3 && s.every((r) => r.length === 3)),
      ),
    ).toBe(true);
    expect(randomKernels(seededRandom(4), 5, 3, 3)).toEqual(a);
    expect(randomKernels(seededRandom(5), 5, 3, 3)).not.toEqual(a);
  });

  it('draws weights with He’s spread, √(2 / (k·k·C_in))', () => {
    const weights = randomKernels(seededRandom(1), 400, 3, 3).flat(3);
    const mean = weights.reduce((s, w) => s + w, 0) / weights.length;
    const sd = Math.sqrt(weights.reduce((s, w) => s + (w - mean) ** 2, 0) / weights.length);
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(sd).toBeCloseTo(Math.sqrt(2 / 27), 1);
  });

  it('keeps the first kernels when more are drawn, so adding a kernel adds a map and changes none', () => {
    expect(randomKernels(seededRandom(6), 5, 3, 3).slice(0, 3)).toEqual(
      randomKernels(seededRandom(6), 3, 3, 3),
    );
  });
});

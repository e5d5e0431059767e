import { describe, expect, it } from 'vitest';
import { gaussian, seededRandom } from './random';

const draws = (random: () => number, n: number): number[] => Array.from({ length: n }, random);

describe('seededRandom', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draws(seededRandom(7), 50)).toEqual(draws(seededRandom(7), 50));
  });

  it('gives different sequences for different seeds', () => {
    expect(draws(seededRandom(7), 10)).not.toEqual(draws(seededRandom(8), 10));
  });

  it('treats seeds modulo 2^32, like an unsigned 32-bit integer', () => {
    expect(draws(seededRandom(2 ** 32 + 5), 5)).toEqual(draws(seededRandom(5), 5));
    expect(draws(seededRandom(-1), 5)).toEqual(draws(seededRandom(2 ** 32 - 1), 5));
  });

  it('draws uniform numbers in [0, 1)', () => {
    const values = draws(seededRandom(123), 10000);
    values.forEach((v) => {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    });
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
    const belowTenth = values.filter((v) => v < 0.1).length / values.length;
    expect(belowTenth).toBeGreaterThan(0.08);
    expect(belowTenth).toBeLessThan(0.12);
    expect(new Set(values).size).toBeGreaterThan(9990);
  });
});

describe('gaussian', () => {
  it('is deterministic given a seeded source', () => {
    const a = seededRandom(9);
    const b = seededRandom(9);
    expect(draws(() => gaussian(a), 20)).toEqual(draws(() => gaussian(b), 20));
  });

  it('draws finite values with mean ≈ 0 and standard deviation ≈ 1', () => {
    const random = seededRandom(2024);
    const values = draws(() => gaussian(random), 20000);
    values.forEach((v) => expect(Number.isFinite(v)).toBe(true));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(sd - 1)).toBeLessThan(0.05);
  });

  it('stays finite when the source returns exactly 0 (u = 1 − 0, never log 0)', () => {
    expect(Math.abs(gaussian(() => 0))).toBe(0);
    expect(Number.isFinite(gaussian(() => 0.999999999))).toBe(true);
  });
});

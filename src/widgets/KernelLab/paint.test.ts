import { describe, expect, it } from 'vitest';
import { divergingColour } from '../../ui/colour-scale';
import { mapStats, paintDiverging, paintGrey } from './paint';

/** The RGBA bytes of painted pixels. */
function painted(values: number[], limit: number): number[][] {
  const pixels = new Uint32Array(values.length);
  paintDiverging(Float32Array.from(values), limit, pixels);
  const bytes = new Uint8Array(pixels.buffer);
  return values.map((_, i) => [...bytes.slice(4 * i, 4 * i + 4)]);
}

describe('paintDiverging', () => {
  it('paints what divergingColour says, within one step of its table, opaque', () => {
    const values = [-2, -1.3, -0.5, -0.01, 0, 0.01, 0.4, 1.7, 2];
    painted(values, 2).forEach((rgba, i) => {
      const expected = divergingColour(values[i] as number, 2);
      expect(rgba[3]).toBe(255);
      rgba
        .slice(0, 3)
        .forEach((channel, c) => expect(Math.abs(channel - (expected[c] as number))).toBeLessThanOrEqual(1));
    });
  });

  it('shows 0 exactly neutral, the limits as the ends, and never clips inside the limit', () => {
    const [low, zero, high] = painted([-3, 0, 3], 3);
    expect(zero).toEqual([...divergingColour(0, 1), 255]);
    expect(low).toEqual([...divergingColour(-1, 1), 255]);
    expect(high).toEqual([...divergingColour(1, 1), 255]);
  });

  it('shows NaN as neutral and ±Infinity (or values beyond the limit) as the ends', () => {
    const [nan, minus, plus, beyond] = painted([NaN, -Infinity, Infinity, 7], 1);
    expect(nan).toEqual([...divergingColour(NaN, 1), 255]);
    expect(minus).toEqual([...divergingColour(-1, 1), 255]);
    expect(plus).toEqual([...divergingColour(1, 1), 255]);
    expect(beyond).toEqual(plus);
  });
});

describe('mapStats', () => {
  it('gives min, max, mean and the symmetric limit (the larger magnitude)', () => {
    expect(mapStats(Float32Array.from([-3, 1, 2, 4]))).toEqual({ min: -3, max: 4, mean: 1, limit: 4 });
    expect(mapStats(Float32Array.from([-5, 1])).limit).toBe(5);
  });

  it('ignores values that are not finite, and gives limit 1 for an all-zero map', () => {
    expect(mapStats(Float32Array.from([NaN, 2, Infinity]))).toEqual({ min: 2, max: 2, mean: 2, limit: 2 });
    expect(mapStats(new Float32Array(4)).limit).toBe(1);
    expect(mapStats(Float32Array.from([NaN])).limit).toBe(1);
  });
});

describe('paintGrey', () => {
  it('paints brightness 0–1 as opaque grey 0–255', () => {
    const rgba = new Uint8ClampedArray(12);
    paintGrey(Float32Array.from([0, 0.5, 1]), rgba);
    expect([...rgba]).toEqual([0, 0, 0, 255, 128, 128, 128, 255, 255, 255, 255, 255]);
  });
});

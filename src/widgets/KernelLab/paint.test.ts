import { describe, expect, it } from 'vitest';
import { gaussian, seededRandom } from '../../models/random';
import { divergingColour } from '../../ui/colour-scale';
import { absQuantile, mapStats, paintDiverging, paintGrey, QUANTILE_BINS, STRETCH_QUANTILE } from './paint';

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

/** The exact q-quantile of |v| over the finite values, by sorting: the nearest rank ⌈q·n⌉. */
function sortedQuantile(values: Float32Array, q: number): number {
  const sorted = [...values].filter(Number.isFinite).map(Math.abs);
  sorted.sort((a, b) => a - b);
  return sorted[Math.ceil(q * sorted.length) - 1] as number;
}

const largestOf = (values: Float32Array) => Math.max(0, ...[...values].filter(Number.isFinite).map(Math.abs));

/** n seeded values like a feature map's: mostly small, a long tail, and a few extremes of either sign. */
function mapLike(seed: number, n: number): Float32Array {
  const random = seededRandom(seed);
  return Float32Array.from({ length: n }, (_, i) =>
    i % 997 === 0 ? (random() - 0.5) * 40 : gaussian(random) * Math.exp(2 * random() - 1),
  );
}

describe('absQuantile', () => {
  it.each([1, 2, 3, 4, 5])(
    'is within one bin width above the exact 99th percentile, by sorting (seed %i)',
    (seed) => {
      const values = mapLike(seed, 5000 + 731 * seed);
      const largest = largestOf(values);
      const exact = sortedQuantile(values, STRETCH_QUANTILE);
      const limit = absQuantile(values, STRETCH_QUANTILE, largest);
      expect(limit).toBeGreaterThanOrEqual(exact * (1 - 1e-12));
      expect(limit - exact).toBeLessThan(largest / QUANTILE_BINS);
    },
  );

  it('gives other quantiles too, and the largest |v| at the top', () => {
    const values = mapLike(7, 4000);
    const largest = largestOf(values);
    for (const q of [0.01, 0.5, 0.9, 0.999]) {
      const exact = sortedQuantile(values, q);
      expect(absQuantile(values, q, largest) - exact).toBeLessThan(largest / QUANTILE_BINS);
    }
    expect(absQuantile(values, 1, largest)).toBe(largest);
  });

  it('gives 0 for all zeros, skips NaN and ±Infinity, and gives a single value itself', () => {
    expect(absQuantile(new Float32Array(10), 0.99, 0)).toBe(0);
    expect(absQuantile(Float32Array.from([NaN, Infinity]), 0.99, 0)).toBe(0);
    const withNonFinite = Float32Array.from([NaN, -Infinity, ...mapLike(9, 3000), Infinity, NaN]);
    const largest = largestOf(withNonFinite);
    const exact = sortedQuantile(withNonFinite, 0.99);
    const limit = absQuantile(withNonFinite, 0.99, largest);
    expect(limit).toBeGreaterThanOrEqual(exact * (1 - 1e-12));
    expect(limit - exact).toBeLessThan(largest / QUANTILE_BINS);
    expect(absQuantile(Float32Array.from([-2.5]), 0.99, 2.5)).toBe(2.5);
  });
});

describe('mapStats', () => {
  it('gives min, max, mean and, at full range, the larger magnitude as the limit, clipping nothing', () => {
    expect(mapStats(Float32Array.from([-3, 1, 2, 4]), 'full')).toEqual({
      min: -3,
      max: 4,
      mean: 1,
      limit: 4,
      clipped: 0,
    });
    expect(mapStats(Float32Array.from([-5, 1]), 'full').limit).toBe(5);
  });

  it('ignores values that are not finite, and gives limit 1 for an all-zero map', () => {
    for (const contrast of ['stretch', 'full'] as const) {
      expect(mapStats(Float32Array.from([NaN, 2, Infinity]), contrast)).toEqual({
        min: 2,
        max: 2,
        mean: 2,
        limit: 2,
        clipped: 0,
      });
      expect(mapStats(new Float32Array(4), contrast)).toMatchObject({ limit: 1, clipped: 0 });
      expect(mapStats(Float32Array.from([NaN]), contrast)).toMatchObject({ limit: 1, clipped: 0 });
    }
  });

  it('stretched, ends the scale at the 99th percentile and counts exactly the share beyond it', () => {
    const values = Float32Array.from([NaN, ...mapLike(11, 20_000), -Infinity]);
    const finite = [...values].filter(Number.isFinite);
    const stats = mapStats(values, 'stretch');
    expect(stats.limit).toBe(absQuantile(values, STRETCH_QUANTILE, largestOf(values)));
    expect(stats.limit).toBeLessThan(largestOf(values) / 2);
    expect(stats.clipped).toBe(finite.filter((v) => Math.abs(v) > stats.limit).length / finite.length);
    expect(stats.clipped).toBeGreaterThan(0);
    expect(stats.clipped).toBeLessThanOrEqual(1 - STRETCH_QUANTILE);
    // min, max and mean are those of the whole map, whatever the contrast
    const full = mapStats(values, 'full');
    expect({ ...stats, limit: 0, clipped: 0 }).toEqual({ ...full, limit: 0, clipped: 0 });
    expect(full.limit).toBe(largestOf(values));
  });

  it('stretched, clips nothing when the percentile falls in the top bin', () => {
    expect(mapStats(Float32Array.from([-1, 0.5, 1]), 'stretch')).toMatchObject({ limit: 1, clipped: 0 });
    expect(mapStats(Float32Array.from([3]), 'stretch')).toMatchObject({ limit: 3, clipped: 0 });
  });
});

describe('paintGrey', () => {
  it('paints brightness 0–1 as opaque grey 0–255', () => {
    const rgba = new Uint8ClampedArray(12);
    paintGrey(Float32Array.from([0, 0.5, 1]), rgba);
    expect([...rgba]).toEqual([0, 0, 0, 255, 128, 128, 128, 255, 255, 255, 255, 255]);
  });
});

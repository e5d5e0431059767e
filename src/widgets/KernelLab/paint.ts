import { divergingColour, symmetricLimit } from '../../ui/colour-scale';
import type { Contrast } from './state';

export interface MapStats {
  min: number;
  max: number;
  mean: number;
  /** the colour scale runs from −limit to limit, so 0 stays the neutral middle */
  limit: number;
  /** the share of the finite values beyond ±limit, painted at the scale's ends (0 when none is) */
  clipped: number;
}

/** the share of |value| a stretched colour scale holds inside its ends */
export const STRETCH_QUANTILE = 0.99;
/** the histogram of absQuantile: its answer is within largest / QUANTILE_BINS of the exact quantile */
export const QUANTILE_BINS = 2048;

/**
 * The q-quantile of |v| over the finite values, in O(n) without sorting: a histogram of |v| in
 * QUANTILE_BINS bins over [0, largest], and the upper edge of the bin where the cumulative count
 * reaches the nearest rank ⌈q·n⌉. That edge is at least the exact quantile and less than one bin
 * width above it; in the last bin it is `largest` itself.
 * @param largest the largest finite |v| (mapStats knows it from its own pass)
 * @returns 0 when no value is finite or all are 0
 */
export function absQuantile(values: Float32Array, q: number, largest: number): number {
  if (!(largest > 0)) return 0;
  const last = QUANTILE_BINS - 1;
  const counts = new Uint32Array(QUANTILE_BINS);
  const scale = QUANTILE_BINS / largest;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i] as number);
    // NaN and ±Infinity fail the test
    if (!(a <= largest)) continue;
    // bin b holds |v| in [b, b + 1) bin widths, and the last bin largest itself too
    const bin = (a * scale) | 0;
    counts[bin < last ? bin : last]! += 1;
    n += 1;
  }
  const rank = Math.ceil(q * n);
  let seen = 0;
  for (let bin = 0; bin < last; bin++) {
    seen += counts[bin] as number;
    if (seen >= rank) return ((bin + 1) * largest) / QUANTILE_BINS;
  }
  return largest;
}

/**
 * Smallest, largest and mean value (finite ones only), and the symmetric limit of the colour scale:
 * the largest |value| for `full`, which clips nothing; for `stretch`, the 99th percentile of |value|
 * (absQuantile), with the share of values beyond it counted exactly.
 */
export function mapStats(values: Float32Array, contrast: Contrast): MapStats {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
    n += 1;
  }
  if (!n) return { min: NaN, max: NaN, mean: NaN, limit: 1, clipped: 0 };
  const stats = { min, max, mean: sum / n, limit: symmetricLimit([[min, max]]), clipped: 0 };
  if (contrast === 'full') return stats;
  const largest = Math.max(-min, max);
  const limit = absQuantile(values, STRETCH_QUANTILE, largest);
  // all zeros (0), or the percentile in the top bin (largest): nothing to clip
  if (!(limit > 0 && limit < largest)) return stats;
  let beyond = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i] as number);
    // finite values only, as above: NaN and ±Infinity fail the second test
    if (a > limit && a <= largest) beyond += 1;
  }
  return { ...stats, limit, clipped: beyond / n };
}

/** an even number of steps, so 0 falls exactly on the neutral middle */
const STEPS = 1024;
let table: Uint32Array | undefined;

/**
 * divergingColour sampled at STEPS + 1 points from −1 to 1, as RGBA pixels in the byte order of
 * ImageData (written through bytes, so the platform's endianness cannot get it wrong).
 */
function colourTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(STEPS + 1);
  const bytes = new Uint8Array(table.buffer);
  for (let i = 0; i <= STEPS; i++) {
    bytes.set([...divergingColour((2 * i) / STEPS - 1, 1), 255], 4 * i);
  }
  return table;
}

/**
 * A feature map as colours, one pixel per value, into `pixels` (a Uint32Array over an ImageData's
 * buffer, reused from edit to edit): at 451 × 300 this is a table look-up per pixel, well under a
 * millisecond. NaN shows as the neutral middle, ±Infinity as the ends, as divergingColour does.
 */
export function paintDiverging(values: Float32Array, limit: number, pixels: Uint32Array): void {
  const colours = colourTable();
  const half = STEPS / 2;
  const scale = half / limit;
  for (let i = 0; i < values.length; i++) {
    // the table index, rounded (|0 floors the non-negative t); NaN fails both tests and lands in the middle
    const t = (values[i] as number) * scale + half + 0.5;
    pixels[i] = colours[t >= 0 ? (t < STEPS + 1 ? t | 0 : STEPS) : t < 0 ? 0 : half] as number;
  }
}

/** Brightness in [0, 1] as grey pixels. */
export function paintGrey(values: Float32Array, rgba: Uint8ClampedArray): void {
  for (let i = 0; i < values.length; i++) {
    const g = (values[i] as number) * 255;
    rgba[4 * i] = g;
    rgba[4 * i + 1] = g;
    rgba[4 * i + 2] = g;
    rgba[4 * i + 3] = 255;
  }
}

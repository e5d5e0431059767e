import { divergingColour, symmetricLimit } from '../../ui/colour-scale';

export interface MapStats {
  min: number;
  max: number;
  mean: number;
  /** the colour scale runs from −limit to limit: nothing is clipped, and 0 stays the neutral middle */
  limit: number;
}

/** Smallest, largest and mean value (finite ones only), and the symmetric limit of the colour scale. */
export function mapStats(values: Float32Array): MapStats {
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
  if (!n) return { min: NaN, max: NaN, mean: NaN, limit: 1 };
  return { min, max, mean: sum / n, limit: symmetricLimit([[min, max]]) };
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

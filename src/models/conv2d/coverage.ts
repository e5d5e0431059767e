import { outputSize, type Geometry } from './geometry';

/** What the windows of one axis read, in padded coordinates (0 is the first padding zero). */
export interface AxisCoverage {
  /** for each of the n + 2p padded samples: does any tap of any window land on it? */
  read: boolean[];
  /** for each of the outputSize windows: do all its taps land on padding zeros? */
  zerosOnly: boolean[];
}

/** The padded positions of window `i`'s taps: i·s + j·d for j = 0 … k − 1. */
export const tapPositions = (g: Geometry, i: number): number[] =>
  Array.from({ length: g.k }, (_, j) => i * g.s + j * g.d);

/**
 * Which samples the windows read and which windows see only zeros. Unlike uncoveredSamples it also
 * finds the gaps inside the input: between windows narrower than the stride (k = 1, s = 3), and
 * between the taps of a dilated kernel the stride steps over (k = 3, d = 2, s = 2 reads every other
 * sample). It works on padded positions, so the caller can tell input samples from padding.
 */
export function axisCoverage(g: Geometry): AxisCoverage {
  const padded = g.n + 2 * g.p;
  const read = Array.from({ length: padded }, () => false);
  const isPadding = (x: number) => x < g.p || x >= g.p + g.n;
  const zerosOnly = Array.from({ length: outputSize(g) }, (_, i) => {
    const taps = tapPositions(g, i);
    for (const x of taps) read[x] = true;
    return taps.every(isPadding);
  });
  return { read, zerosOnly };
}

/**
 * The arithmetic of one convolution axis (rows and columns work the same way), following Dumoulin &
 * Visin's guide: an input of n samples, zero padding p on each side, a kernel of k taps spread by
 * dilation d (so it spans d(k − 1) + 1 samples), moved by stride s.
 */
export interface Geometry {
  n: number;
  k: number;
  s: number;
  p: number;
  d: number;
}

/** The samples a dilated kernel spans: d(k − 1) + 1. */
export const kernelSpan = ({ k, d }: Pick<Geometry, 'k' | 'd'>): number => d * (k - 1) + 1;

/** ⌊(n + 2p − d(k − 1) − 1) / s⌋ + 1 windows fit, or 0 when the kernel is larger than the padded input. */
export function outputSize(g: Geometry): number {
  const room = g.n + 2 * g.p - kernelSpan(g);
  return room < 0 ? 0 : Math.floor(room / g.s) + 1;
}

/** Where each window starts, in padded coordinates (0 is the first padding zero). */
export function windowStarts(g: Geometry): number[] {
  return Array.from({ length: outputSize(g) }, (_, i) => i * g.s);
}

/**
 * Samples of the padded input at the far end that no window reaches: when the stride does not divide
 * the room left by the kernel, the last (n + 2p − span) mod s samples are never looked at.
 */
export function uncoveredSamples(g: Geometry): number {
  const room = g.n + 2 * g.p - kernelSpan(g);
  return room < 0 ? 0 : room % g.s;
}

/**
 * The smallest padding that gives ⌈n / s⌉ outputs (the input's size at stride 1), or null when no
 * padding equal on both sides does (an even span at stride 1 needs one more zero on one side).
 */
export function samePadding(g: Omit<Geometry, 'p'>): number | null {
  const target = Math.ceil(g.n / g.s);
  for (let p = 0; p <= kernelSpan(g); p++) if (outputSize({ ...g, p }) === target) return p;
  return null;
}

export type GeometryProblem =
  | { kind: 'kernel-too-large'; span: number; padded: number }
  | { kind: 'uncovered'; samples: number }
  | { kind: 'padding-too-large'; p: number; span: number };

/**
 * What is wrong or wasteful about a geometry: a kernel that does not fit, samples no window reaches,
 * or padding so wide that some windows see nothing but zeros.
 */
export function geometryProblems(g: Geometry): GeometryProblem[] {
  const span = kernelSpan(g);
  const padded = g.n + 2 * g.p;
  if (span > padded) return [{ kind: 'kernel-too-large', span, padded }];
  const problems: GeometryProblem[] = [];
  const samples = uncoveredSamples(g);
  if (samples > 0) problems.push({ kind: 'uncovered', samples });
  if (g.p >= span) problems.push({ kind: 'padding-too-large', p: g.p, span });
  return problems;
}

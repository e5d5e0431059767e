/**
 * Classic hand-made kernels, the ones image processing used long before networks learned theirs.
 * Each is a square grid of weights; a layer's kernels share one size.
 */
export const PRESETS = {
  identity: [
    [0, 0, 0],
    [0, 1, 0],
    [0, 0, 0],
  ],
  box: [
    [1 / 9, 1 / 9, 1 / 9],
    [1 / 9, 1 / 9, 1 / 9],
    [1 / 9, 1 / 9, 1 / 9],
  ],
  gaussian: [
    [1 / 16, 2 / 16, 1 / 16],
    [2 / 16, 4 / 16, 2 / 16],
    [1 / 16, 2 / 16, 1 / 16],
  ],
  sharpen: [
    [0, -1, 0],
    [-1, 5, -1],
    [0, -1, 0],
  ],
  horizontalEdge: [
    [-1, -1, -1],
    [0, 0, 0],
    [1, 1, 1],
  ],
  verticalEdge: [
    [-1, 0, 1],
    [-1, 0, 1],
    [-1, 0, 1],
  ],
  sobel: [
    [-1, 0, 1],
    [-2, 0, 2],
    [-1, 0, 1],
  ],
  laplacian: [
    [0, 1, 0],
    [1, -4, 1],
    [0, 1, 0],
  ],
  emboss: [
    [-2, -1, 0],
    [-1, 1, 1],
    [0, 1, 2],
  ],
} as const satisfies Record<string, readonly (readonly number[])[]>;

export type PresetName = keyof typeof PRESETS;

/**
 * A preset at another size: blurs are rebuilt at that size (box: all equal; gaussian: binomial
 * weights, Pascal's triangle), the others are centred in a grid of zeros.
 */
export function presetOfSize(name: PresetName, size: number): number[][] {
  if (name === 'box')
    return Array.from({ length: size }, () => new Array<number>(size).fill(1 / (size * size)));
  if (name === 'gaussian') {
    const row = binomialRow(size);
    const total = row.reduce((a, b) => a + b, 0) ** 2;
    return row.map((a) => row.map((b) => (a * b) / total));
  }
  const base = PRESETS[name];
  const offset = (size - base.length) / 2;
  if (offset < 0 || !Number.isInteger(offset)) throw new Error(`no ${size}×${size} version of ${name}`);
  return Array.from({ length: size }, (_, i) =>
    Array.from({ length: size }, (_, j) => base[i - offset]?.[j - offset] ?? 0),
  );
}

/** Row n − 1 of Pascal's triangle: 1 2 1, 1 4 6 4 1, … */
function binomialRow(n: number): number[] {
  let row = [1];
  for (let i = 1; i < n; i++) row = [...row, 0].map((v, j) => v + (row[j - 1] ?? 0));
  return row;
}

/**
 * Scales a kernel so its weights sum to 1 (a blur keeps brightness); a kernel whose weights sum to
 * 0 (an edge detector) is scaled so its positive weights sum to 1 instead, and stays zero-sum.
 */
export function normaliseKernel(rows: readonly (readonly number[])[]): number[][] {
  const flat = rows.flat();
  const sum = flat.reduce((a, b) => a + b, 0);
  const positive = flat.filter((v) => v > 0).reduce((a, b) => a + b, 0);
  const scale = Math.abs(sum) > 1e-9 ? sum : positive;
  return scale > 1e-9 || scale < -1e-9
    ? rows.map((row) => row.map((v) => v / scale))
    : rows.map((row) => [...row]);
}

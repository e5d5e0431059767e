import { describe, expect, it } from 'vitest';
import { normaliseKernel, PRESETS, presetOfSize, type PresetName } from './presets';

const NAMES = Object.keys(PRESETS) as PresetName[];
const BLURS: readonly PresetName[] = ['box', 'gaussian'];
const EDGES: readonly PresetName[] = ['horizontalEdge', 'verticalEdge', 'sobel', 'laplacian'];

const total = (rows: readonly (readonly number[])[]): number => rows.flat().reduce((a, b) => a + b, 0);
const positiveTotal = (rows: readonly (readonly number[])[]): number =>
  rows
    .flat()
    .filter((v) => v > 0)
    .reduce((a, b) => a + b, 0);

describe('PRESETS', () => {
  it('are all 3×3', () => {
    for (const name of NAMES) {
      expect(PRESETS[name], name).toHaveLength(3);
      for (const row of PRESETS[name]) expect(row, name).toHaveLength(3);
    }
  });

  it('blurs sum to 1, so they keep the brightness', () => {
    for (const name of BLURS) expect(total(PRESETS[name]), name).toBeCloseTo(1, 12);
  });

  it('edge detectors sum to 0, so they give 0 on a flat image', () => {
    for (const name of EDGES) expect(total(PRESETS[name]), name).toBe(0);
  });

  it('identity, sharpen and emboss sum to 1', () => {
    for (const name of ['identity', 'sharpen', 'emboss'] as const) expect(total(PRESETS[name]), name).toBe(1);
  });
});

describe('presetOfSize', () => {
  it('builds a 5×5 gaussian from the binomial row 1 4 6 4 1 (outer product / 256)', () => {
    const row = [1, 4, 6, 4, 1];
    const expected = row.map((a) => row.map((b) => (a * b) / 256));
    const kernel = presetOfSize('gaussian', 5);
    expect(kernel).toHaveLength(5);
    kernel.forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(expected[i]![j]!, 15)));
  });

  it('builds a 5×5 box of 1/25', () => {
    const kernel = presetOfSize('box', 5);
    expect(kernel).toHaveLength(5);
    for (const row of kernel) expect(row).toEqual(new Array(5).fill(1 / 25));
  });

  it('gives the presets themselves at size 3', () => {
    for (const name of NAMES) {
      const kernel = presetOfSize(name, 3);
      kernel.forEach((r, i) => r.forEach((v, j) => expect(v, name).toBeCloseTo(PRESETS[name][i]![j]!, 15)));
    }
  });

  it('keeps blurs summing to 1 at every size, the gaussian peaked in the middle', () => {
    for (let size = 1; size <= 9; size++) {
      for (const name of BLURS) expect(total(presetOfSize(name, size)), `${name} ${size}`).toBeCloseTo(1, 12);
    }
    expect(presetOfSize('gaussian', 1)).toEqual([[1]]);
    expect(presetOfSize('gaussian', 2)).toEqual([
      [0.25, 0.25],
      [0.25, 0.25],
    ]);
    const g7 = presetOfSize('gaussian', 7);
    expect(Math.max(...g7.flat())).toBe(g7[3]![3]);
  });

  it('centres the sobel kernel in a grid of zeros', () => {
    expect(presetOfSize('sobel', 5)).toEqual([
      [0, 0, 0, 0, 0],
      [0, -1, 0, 1, 0],
      [0, -2, 0, 2, 0],
      [0, -1, 0, 1, 0],
      [0, 0, 0, 0, 0],
    ]);
  });

  it('keeps edge detectors zero-sum at sizes 5 and 7', () => {
    for (const name of EDGES) {
      for (const size of [5, 7]) {
        const kernel = presetOfSize(name, size);
        expect(kernel, `${name} ${size}`).toHaveLength(size);
        expect(total(kernel), `${name} ${size}`).toBe(0);
      }
    }
  });

  it('throws for a size the 3×3 kernel cannot be centred in', () => {
    expect(() => presetOfSize('sobel', 4)).toThrow('no 4×4 version of sobel');
    expect(() => presetOfSize('laplacian', 1)).toThrow('no 1×1 version of laplacian');
    expect(() => presetOfSize('identity', 2)).toThrow('no 2×2 version of identity');
  });
});

describe('normaliseKernel', () => {
  it('scales a kernel so its weights sum to 1', () => {
    const kernel = normaliseKernel([
      [1, 2],
      [3, 4],
    ]);
    expect(kernel).toEqual([
      [0.1, 0.2],
      [0.3, 0.4],
    ]);
    expect(total(kernel)).toBeCloseTo(1, 12);
    expect(total(normaliseKernel([[-1, -3]]))).toBeCloseTo(1, 12);
    expect(total(normaliseKernel(PRESETS.sharpen))).toBeCloseTo(1, 12);
  });

  it('scales a zero-sum kernel so its positive weights sum to 1, keeping it zero-sum', () => {
    for (const name of EDGES) {
      const kernel = normaliseKernel(PRESETS[name]);
      expect(positiveTotal(kernel), name).toBeCloseTo(1, 12);
      expect(total(kernel), name).toBeCloseTo(0, 12);
    }
    expect(normaliseKernel(PRESETS.sobel)).toEqual(PRESETS.sobel.map((row) => row.map((v) => v / 4)));
  });

  it('leaves an all-zero kernel unchanged, as a copy', () => {
    const zeros = [
      [0, 0],
      [0, 0],
    ];
    const out = normaliseKernel(zeros);
    expect(out).toEqual(zeros);
    expect(out).not.toBe(zeros);
    expect(out[0]).not.toBe(zeros[0]);
  });

  it('does not change its argument, and a normalised kernel stays normalised', () => {
    const rows = [
      [2, 4],
      [6, 8],
    ];
    const once = normaliseKernel(rows);
    expect(rows).toEqual([
      [2, 4],
      [6, 8],
    ]);
    normaliseKernel(once).forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(once[i]![j]!, 12)));
  });
});

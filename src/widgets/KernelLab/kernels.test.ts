import { describe, expect, it } from 'vitest';
import { parseState } from '../../frame/schema';
import { presetOfSize } from '../../models/conv2d/presets';
import {
  kernelRows,
  matchPreset,
  resizeKernel,
  withKernelAdded,
  withKernelRemoved,
  withSize,
} from './kernels';
import { kernelLabSchema, type KernelLabState } from './state';

const defaults = (): KernelLabState => parseState(kernelLabSchema, 'lab', new URLSearchParams());

describe('kernel shapes', () => {
  it('centres a kernel in a larger grid and crops the middle of a larger one', () => {
    const sobel = presetOfSize('sobel', 3);
    const big = resizeKernel(sobel, 5);
    expect(big).toEqual(presetOfSize('sobel', 5));
    expect(resizeKernel(big, 3)).toEqual(sobel);
  });

  it('reads a slot as rows, resizing another odd square and falling back to the preset otherwise', () => {
    expect(kernelRows([1, 2, 3, 4, 5, 6, 7, 8, 9], 3, 'k1')).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    expect(kernelRows([7], 3, 'k1')).toEqual([
      [0, 0, 0],
      [0, 7, 0],
      [0, 0, 0],
    ]);
    expect(kernelRows([1, 2, 3, 4], 3, 'k2')).toEqual(presetOfSize('laplacian', 3));
    expect(kernelRows([1, 2, 3], 5, 'k3')).toEqual(presetOfSize('gaussian', 5));
  });

  it('recognises every preset at both sizes, and nothing else', () => {
    for (const name of ['identity', 'box', 'gaussian', 'sharpen', 'sobel', 'emboss'] as const) {
      expect(matchPreset(presetOfSize(name, 3))).toBe(name);
      expect(matchPreset(presetOfSize(name, 5))).toBe(name);
    }
    // 1/9 through a link and back is still a box blur
    expect(
      matchPreset(
        kernelRows(
          presetOfSize('box', 3)
            .flat()
            .map((w) => Number(String(w))),
          3,
          'k1',
        ),
      ),
    ).toBe('box');
    expect(
      matchPreset([
        [0, 0, 0],
        [0, 2, 0],
        [0, 0, 0],
      ]),
    ).toBeNull();
  });
});

describe('state changes', () => {
  it('changes the size of the active kernels only', () => {
    const state = { ...defaults(), k2: [0, 0, 0, 0, 2, 0, 0, 0, 0] };
    const patch = withSize(state, '5');
    expect(patch.size).toBe('5');
    expect(patch.k1).toEqual(presetOfSize('sobel', 5).flat());
    expect(patch.k2?.filter((w) => w !== 0)).toEqual([2]);
    expect(patch.k2?.[12]).toBe(2);
    expect(patch.k3).toBeUndefined();
  });

  it('adds a kernel from its slot’s preset at the current size, and opens it', () => {
    const state = { ...defaults(), size: '5' as const };
    expect(withKernelAdded(state)).toEqual({ count: 3, edit: 3, k3: presetOfSize('gaussian', 5).flat() });
    expect(withKernelAdded({ ...state, count: 4 })).toEqual({});
  });

  it('removes a kernel, moves the later ones up and keeps the editor on a kernel that exists', () => {
    const state = { ...defaults(), count: 4, edit: 4, k1: [1], k2: [2], k3: [3], k4: [4] };
    expect(withKernelRemoved(state, 2)).toEqual({ count: 3, k2: [3], k3: [4], edit: 3 });
    expect(withKernelRemoved({ ...state, edit: 1 }, 4)).toEqual({ count: 3, edit: 1 });
    expect(withKernelRemoved({ ...state, edit: 2 }, 2)).toEqual({ count: 3, k2: [3], k3: [4], edit: 2 });
    expect(withKernelRemoved({ ...state, count: 1 }, 1)).toEqual({});
  });
});

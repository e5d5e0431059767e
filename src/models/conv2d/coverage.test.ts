import { describe, expect, it } from 'vitest';
import { axisCoverage, tapPositions } from './coverage';
import { geometryProblems, uncoveredSamples, type Geometry } from './geometry';

const unreadAtEnd = (read: boolean[]) => read.length - 1 - read.lastIndexOf(true);

describe('axisCoverage', () => {
  it('agrees with uncoveredSamples for every undilated kernel at least as wide as its stride', () => {
    for (let n = 1; n <= 12; n++)
      for (let k = 1; k <= 7; k++)
        for (let s = 1; s <= 4; s++)
          for (let p = 0; p <= 4; p++) {
            const g: Geometry = { n, k, s, p, d: 1 };
            if (k > n + 2 * p || k < s) continue;
            const { read } = axisCoverage(g);
            expect(unreadAtEnd(read)).toBe(uncoveredSamples(g));
            expect(read.filter((r) => !r).length).toBe(uncoveredSamples(g));
          }
  });

  it('leaves the last input sample unread for n = 6, k = 3, s = 2, p = 0', () => {
    expect(axisCoverage({ n: 6, k: 3, s: 2, p: 0, d: 1 }).read).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('finds the gaps a dilated kernel leaves when the stride steps over them', () => {
    const { read } = axisCoverage({ n: 7, k: 3, s: 2, p: 0, d: 2 });
    expect(read).toEqual([true, false, true, false, true, false, true]);
  });

  it('finds the gaps between windows narrower than the stride', () => {
    const { read } = axisCoverage({ n: 7, k: 1, s: 3, p: 0, d: 1 });
    expect(read).toEqual([true, false, false, true, false, false, true]);
  });

  it('marks windows that read only padding, as geometryProblems does for undilated kernels', () => {
    for (let p = 0; p <= 4; p++) {
      const g: Geometry = { n: 5, k: 3, s: 1, p, d: 1 };
      const { zerosOnly } = axisCoverage(g);
      const flagged = geometryProblems(g).some((problem) => problem.kind === 'padding-too-large');
      expect(zerosOnly[0]).toBe(flagged);
      expect(zerosOnly.filter(Boolean).length).toBe(2 * Math.max(0, p - 2));
    }
  });

  it('reads nothing when the kernel does not fit', () => {
    expect(axisCoverage({ n: 3, k: 7, s: 1, p: 0, d: 1 })).toEqual({
      read: [false, false, false],
      zerosOnly: [],
    });
  });

  it('places taps d apart from i·s', () => {
    expect(tapPositions({ n: 9, k: 3, s: 2, p: 0, d: 3 }, 1)).toEqual([2, 5, 8]);
  });
});

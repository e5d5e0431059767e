import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { referenceConv2d } from '../reference/conv2d';
import {
  geometryProblems,
  kernelSpan,
  outputSize,
  samePadding,
  uncoveredSamples,
  windowStarts,
  type Geometry,
} from './geometry';
import { singleKernel, volume } from './volume';

const randomInt = (random: () => number, lo: number, hi: number): number =>
  lo + Math.floor(random() * (hi - lo + 1));

function randomGeometry(random: () => number): Geometry {
  return {
    n: randomInt(random, 1, 20),
    k: randomInt(random, 1, 7),
    s: randomInt(random, 1, 4),
    p: randomInt(random, 0, 4),
    d: randomInt(random, 1, 3),
  };
}

const describeGeometry = ({ n, k, s, p, d }: Geometry): string => `n=${n} k=${k} s=${s} p=${p} d=${d}`;

/** The padded positions each tap of each window reads, found by sliding the window one step at a time. */
function slideWindows(g: Geometry): number[][] {
  const windows: number[][] = [];
  for (let start = 0; ; start += g.s) {
    const taps = Array.from({ length: g.k }, (_, u) => start + u * g.d);
    if ((taps.at(-1) as number) >= g.n + 2 * g.p) return windows;
    windows.push(taps);
  }
}

const isPadding = (g: Geometry, position: number): boolean => position < g.p || position >= g.p + g.n;

describe('kernelSpan', () => {
  it('is d(k − 1) + 1', () => {
    expect(kernelSpan({ k: 3, d: 1 })).toBe(3);
    expect(kernelSpan({ k: 3, d: 2 })).toBe(5);
    expect(kernelSpan({ k: 1, d: 3 })).toBe(1);
    expect(kernelSpan({ k: 5, d: 3 })).toBe(13);
  });
});

describe('outputSize and windowStarts', () => {
  it('agree with each other, with sliding the window, and with the reference convolution (400 geometries)', () => {
    const random = seededRandom(7);
    let empty = 0;
    for (let i = 0; i < 400; i++) {
      const g = randomGeometry(random);
      const label = describeGeometry(g);
      const size = outputSize(g);
      const starts = windowStarts(g);
      expect(starts, label).toHaveLength(size);
      expect(starts, label).toEqual(slideWindows(g).map((taps) => taps[0]));
      // a 1-row volume of n columns: the columns follow g, the single row follows n = 1
      const kernel = singleKernel(Array.from({ length: g.k }, () => new Array<number>(g.k).fill(1)));
      const out = referenceConv2d(volume(1, g.n, 1), kernel, { stride: g.s, pad: g.p, dilation: g.d });
      expect(out.w, label).toBe(size);
      expect(out.h, label).toBe(outputSize({ ...g, n: 1 }));
      if (size === 0) empty += 1;
    }
    expect(empty).toBeGreaterThan(10);
  });

  it('fits every window inside the padded input, with no room for one more', () => {
    const random = seededRandom(8);
    for (let i = 0; i < 300; i++) {
      const g = randomGeometry(random);
      const starts = windowStarts(g);
      const last = starts.at(-1);
      if (last === undefined) {
        expect(kernelSpan(g), describeGeometry(g)).toBeGreaterThan(g.n + 2 * g.p);
        continue;
      }
      expect(last + kernelSpan(g)).toBeLessThanOrEqual(g.n + 2 * g.p);
      expect(last + g.s + kernelSpan(g)).toBeGreaterThan(g.n + 2 * g.p);
    }
  });

  // Dumoulin & Visin, "A guide to convolution arithmetic for deep learning" (2016), relationships 1–6 and 15
  it.each([
    { n: 4, k: 3, s: 1, p: 0, d: 1, o: 2 }, // figure 2.1: 4×4 input, 3×3 kernel
    { n: 5, k: 3, s: 1, p: 0, d: 1, o: 3 }, // relationship 1: no padding, unit strides, o = n − k + 1
    { n: 5, k: 4, s: 1, p: 2, d: 1, o: 6 }, // relationship 2: o = n − k + 2p + 1 (figure 2.2)
    { n: 5, k: 3, s: 1, p: 1, d: 1, o: 5 }, // relationship 3: half (same) padding, o = n
    { n: 5, k: 3, s: 1, p: 2, d: 1, o: 7 }, // relationship 4: full padding, o = n + k − 1
    { n: 5, k: 3, s: 2, p: 0, d: 1, o: 2 }, // relationship 5: o = ⌊(n − k)/s⌋ + 1
    { n: 5, k: 3, s: 2, p: 1, d: 1, o: 3 }, // relationship 6: o = ⌊(n + 2p − k)/s⌋ + 1 (figure 2.6)
    { n: 6, k: 3, s: 2, p: 1, d: 1, o: 3 }, // figure 2.7: same output as n=5, one sample left over
    { n: 7, k: 3, s: 1, p: 0, d: 2, o: 3 }, // relationship 15: o = n + 2p − k − (k − 1)(d − 1) (figure 5.1)
  ])('gives $o outputs for n=$n, k=$k, s=$s, p=$p, d=$d', ({ o, ...g }) => {
    expect(outputSize(g)).toBe(o);
    expect(windowStarts(g)).toEqual(Array.from({ length: o }, (_, i) => i * g.s));
  });

  it('is 0 when the kernel is larger than the padded input, never negative', () => {
    expect(outputSize({ n: 2, k: 3, s: 1, p: 0, d: 1 })).toBe(0);
    expect(outputSize({ n: 1, k: 5, s: 1, p: 1, d: 1 })).toBe(0);
    expect(outputSize({ n: 2, k: 5, s: 3, p: 0, d: 1 })).toBe(0);
    expect(outputSize({ n: 3, k: 2, s: 1, p: 0, d: 3 })).toBe(0);
    expect(windowStarts({ n: 2, k: 3, s: 1, p: 0, d: 1 })).toEqual([]);
  });
});

describe('uncoveredSamples', () => {
  it('counts the one sample left over in Dumoulin & Visin’s figure 2.7 (n=6, k=3, s=2, p=1)', () => {
    expect(uncoveredSamples({ n: 6, k: 3, s: 2, p: 1, d: 1 })).toBe(1);
    expect(uncoveredSamples({ n: 5, k: 3, s: 2, p: 1, d: 1 })).toBe(0);
    expect(uncoveredSamples({ n: 8, k: 3, s: 3, p: 0, d: 1 })).toBe(2);
  });

  it('is 0 at stride 1 and when the kernel does not fit', () => {
    const random = seededRandom(9);
    for (let i = 0; i < 100; i++) expect(uncoveredSamples({ ...randomGeometry(random), s: 1 })).toBe(0);
    expect(uncoveredSamples({ n: 2, k: 5, s: 2, p: 0, d: 1 })).toBe(0);
  });

  it('is the number of padded samples after the end of the last window (300 geometries)', () => {
    const random = seededRandom(10);
    for (let i = 0; i < 300; i++) {
      const g = randomGeometry(random);
      const windows = slideWindows(g);
      const last = windows.at(-1);
      const expected = last === undefined ? 0 : g.n + 2 * g.p - ((last.at(-1) as number) + 1);
      expect(uncoveredSamples(g), describeGeometry(g)).toBe(expected);
      expect(expected).toBeLessThan(g.s);
    }
  });
});

describe('samePadding', () => {
  it('is (k − 1)/2 for odd kernels at stride 1, and null for even ones', () => {
    expect(samePadding({ n: 10, k: 3, s: 1, d: 1 })).toBe(1);
    expect(samePadding({ n: 10, k: 5, s: 1, d: 1 })).toBe(2);
    expect(samePadding({ n: 10, k: 1, s: 1, d: 1 })).toBe(0);
    expect(samePadding({ n: 10, k: 4, s: 1, d: 1 })).toBeNull();
    expect(samePadding({ n: 10, k: 2, s: 1, d: 1 })).toBeNull();
  });

  it('follows the span of a dilated kernel: k=3, d=2 spans 5, so p=2', () => {
    expect(samePadding({ n: 10, k: 3, s: 1, d: 2 })).toBe(2);
    expect(samePadding({ n: 10, k: 3, s: 1, d: 3 })).toBe(3);
    // an even kernel with an even dilation has an odd span
    expect(samePadding({ n: 10, k: 2, s: 1, d: 2 })).toBe(1);
  });

  it('does not depend on n at stride 1, even for an input smaller than the kernel', () => {
    for (let n = 1; n <= 12; n++) {
      expect(samePadding({ n, k: 3, s: 1, d: 1 })).toBe(1);
      expect(samePadding({ n, k: 5, s: 1, d: 1 })).toBe(2);
      expect(samePadding({ n, k: 3, s: 1, d: 2 })).toBe(2);
    }
  });

  it('gives ⌈n / s⌉ outputs with strides', () => {
    expect(samePadding({ n: 10, k: 3, s: 2, d: 1 })).toBe(1);
    expect(outputSize({ n: 10, k: 3, s: 2, p: 1, d: 1 })).toBe(5);
    expect(samePadding({ n: 7, k: 3, s: 2, d: 1 })).toBe(1);
    expect(outputSize({ n: 7, k: 3, s: 2, p: 1, d: 1 })).toBe(4);
  });

  it('is the smallest padding giving ⌈n / s⌉ outputs, or null when none does (500 geometries)', () => {
    const random = seededRandom(11);
    let nulls = 0;
    let found = 0;
    for (let i = 0; i < 500; i++) {
      const { n, k, s, d } = randomGeometry(random);
      const g = { n, k, s, d };
      const target = Math.ceil(n / s);
      const label = `n=${n} k=${k} s=${s} d=${d}`;
      // every padding up to n + span: outputSize grows with p and overshoots the target well before
      const fitting = Array.from({ length: g.n + kernelSpan(g) + 1 }, (_, p) => p).filter(
        (p) => outputSize({ ...g, p }) === target,
      );
      const p = samePadding(g);
      if (fitting.length === 0) {
        expect(p, label).toBeNull();
        nulls += 1;
      } else {
        expect(p, label).toBe(fitting[0]);
        expect(outputSize({ ...g, p: p as number }), label).toBe(target);
        found += 1;
      }
    }
    expect(nulls).toBeGreaterThan(10);
    expect(found).toBeGreaterThan(100);
  });
});

describe('geometryProblems', () => {
  it('finds nothing wrong with an ordinary geometry', () => {
    expect(geometryProblems({ n: 5, k: 3, s: 1, p: 1, d: 1 })).toEqual([]);
    expect(geometryProblems({ n: 5, k: 3, s: 2, p: 1, d: 1 })).toEqual([]);
  });

  it('reports a kernel larger than the padded input, and nothing else', () => {
    expect(geometryProblems({ n: 2, k: 5, s: 1, p: 0, d: 1 })).toEqual([
      { kind: 'kernel-too-large', span: 5, padded: 2 },
    ]);
    expect(geometryProblems({ n: 3, k: 3, s: 1, p: 0, d: 2 })).toEqual([
      { kind: 'kernel-too-large', span: 5, padded: 3 },
    ]);
    expect(geometryProblems({ n: 1, k: 7, s: 1, p: 2, d: 1 })).toEqual([
      { kind: 'kernel-too-large', span: 7, padded: 5 },
    ]);
  });

  it('reports samples no window reaches', () => {
    expect(geometryProblems({ n: 6, k: 3, s: 2, p: 1, d: 1 })).toEqual([{ kind: 'uncovered', samples: 1 }]);
    expect(geometryProblems({ n: 8, k: 3, s: 3, p: 0, d: 1 })).toEqual([{ kind: 'uncovered', samples: 2 }]);
  });

  it('reports padding so wide that a window sees only zeros', () => {
    expect(geometryProblems({ n: 5, k: 3, s: 1, p: 3, d: 1 })).toEqual([
      { kind: 'padding-too-large', p: 3, span: 3 },
    ]);
    expect(geometryProblems({ n: 5, k: 3, s: 1, p: 2, d: 1 })).toEqual([]);
  });

  it('reports both an uncovered sample and too much padding together', () => {
    // padded 4 + 2·3 = 10, span 3, stride 2: room 7, 1 sample left over
    expect(geometryProblems({ n: 4, k: 3, s: 2, p: 3, d: 1 })).toEqual([
      { kind: 'uncovered', samples: 1 },
      { kind: 'padding-too-large', p: 3, span: 3 },
    ]);
  });

  it('reports padding-too-large exactly when a window lies wholly over the padding (undilated, 400 geometries)', () => {
    const random = seededRandom(12);
    let seen = 0;
    for (let i = 0; i < 400; i++) {
      const g = { ...randomGeometry(random), d: 1 };
      const windows = slideWindows(g);
      if (windows.length === 0) continue;
      const allZeros = windows.some((taps) => taps.every((position) => isPadding(g, position)));
      const reported = geometryProblems(g).some((problem) => problem.kind === 'padding-too-large');
      expect(reported, describeGeometry(g)).toBe(allZeros);
      if (allZeros) seen += 1;
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('reports kernel-too-large exactly when there is no output', () => {
    const random = seededRandom(13);
    for (let i = 0; i < 300; i++) {
      const g = randomGeometry(random);
      const tooLarge = geometryProblems(g).some((problem) => problem.kind === 'kernel-too-large');
      expect(tooLarge, describeGeometry(g)).toBe(outputSize(g) === 0);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { receptiveField } from './receptive-field';

/** One strided 1-D layer of all-ones weights, written out: y[i] = Σ_j x[i·s + j], no padding. */
function onesLayer(x: number[], k: number, s: number): number[] {
  const y: number[] = [];
  for (let start = 0; start + k <= x.length; start += s)
    y.push(x.slice(start, start + k).reduce((a, b) => a + b, 0));
  return y;
}

/** The receptive field measured instead of computed: how many inputs change the first output of the stack. */
function measuredField(layers: { k: number; s: number }[], n = 64): number {
  let seen = 0;
  for (let i = 0; i < n; i++) {
    let y: number[] = Array.from({ length: n }, (_, j) => (j === i ? 1 : 0));
    for (const { k, s } of layers) y = onesLayer(y, k, s);
    if ((y[0] ?? 0) !== 0) seen += 1;
  }
  return seen;
}

describe('receptiveField', () => {
  it('grows by k − 1 per stride-1 layer: two 3×3 layers see 5, three see 7', () => {
    expect(receptiveField([{ k: 3, s: 1 }])).toBe(3);
    expect(
      receptiveField([
        { k: 3, s: 1 },
        { k: 3, s: 1 },
      ]),
    ).toBe(5);
    expect(
      receptiveField([
        { k: 3, s: 1 },
        { k: 3, s: 1 },
        { k: 3, s: 1 },
      ]),
    ).toBe(7);
  });

  it('is multiplied by the strides before a layer', () => {
    expect(
      receptiveField([
        { k: 3, s: 2 },
        { k: 3, s: 1 },
      ]),
    ).toBe(7);
  });

  it('agrees with a measurement on stacks of layers', () => {
    const stacks = [
      [
        { k: 3, s: 1 },
        { k: 3, s: 1 },
      ],
      [
        { k: 5, s: 1 },
        { k: 3, s: 2 },
        { k: 3, s: 1 },
      ],
      [
        { k: 7, s: 2 },
        { k: 3, s: 2 },
        { k: 3, s: 1 },
      ],
    ];
    for (const layers of stacks) expect(measuredField(layers)).toBe(receptiveField(layers));
  });
});

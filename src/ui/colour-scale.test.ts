import { describe, expect, it } from 'vitest';
import { divergingColour, symmetricLimit } from './colour-scale';

const NEUTRAL = [247, 247, 247];
const BLUE = [33, 102, 172];
const ORANGE = [179, 88, 6];

describe('divergingColour', () => {
  it('is neutral at zero, blue at −limit and orange at +limit', () => {
    expect(divergingColour(0, 2)).toEqual(NEUTRAL);
    expect(divergingColour(-2, 2)).toEqual(BLUE);
    expect(divergingColour(2, 2)).toEqual(ORANGE);
  });

  it('clamps values beyond the limit', () => {
    expect(divergingColour(-100, 2)).toEqual(BLUE);
    expect(divergingColour(100, 2)).toEqual(ORANGE);
    expect(divergingColour(Infinity, 2)).toEqual(ORANGE);
    expect(divergingColour(-Infinity, 2)).toEqual(BLUE);
  });

  it('shows NaN as the neutral middle', () => {
    expect(divergingColour(NaN, 2)).toEqual(divergingColour(0, 2));
  });

  it('goes half way at half the limit', () => {
    expect(divergingColour(1, 2)).toEqual(
      NEUTRAL.map((n, i) => Math.round(n + ((ORANGE[i] as number) - n) / 2)),
    );
    expect(divergingColour(-1, 2)).toEqual(
      NEUTRAL.map((n, i) => Math.round(n + ((BLUE[i] as number) - n) / 2)),
    );
  });

  it('moves monotonically away from neutral as |value| grows', () => {
    const blueChannel = [0, 0.25, 0.5, 0.75, 1].map((v) => divergingColour(v, 1)[2]);
    blueChannel.slice(1).forEach((b, i) => expect(b).toBeLessThan(blueChannel[i] as number));
  });

  it('gives integer channels in 0–255', () => {
    for (const v of [-1.7, -0.3, 0.01, 0.5, 3]) {
      divergingColour(v, 2).forEach((c) => {
        expect(Number.isInteger(c)).toBe(true);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(255);
      });
    }
  });

  it('is neutral when the limit is zero or negative', () => {
    expect(divergingColour(5, 0)).toEqual(NEUTRAL);
    expect(divergingColour(-5, -1)).toEqual(NEUTRAL);
  });
});

describe('symmetricLimit', () => {
  it('is the largest absolute value', () => {
    expect(
      symmetricLimit([
        [1, -3],
        [2, 0.5],
      ]),
    ).toBe(3);
    expect(symmetricLimit([[0.2], [-0.1]])).toBe(0.2);
  });

  it('ignores non-finite values', () => {
    expect(symmetricLimit([[NaN, Infinity, -2, -Infinity]])).toBe(2);
  });

  it('is 1 for all zeros or no values', () => {
    expect(symmetricLimit([[0, 0]])).toBe(1);
    expect(symmetricLimit([])).toBe(1);
    expect(symmetricLimit([[]])).toBe(1);
  });
});

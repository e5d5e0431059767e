import { describe, expect, it } from 'vitest';
import { makeSignal, SIGNALS } from './signals';

describe('makeSignal', () => {
  it.each(SIGNALS)('%s has the requested length and only finite values', (kind) => {
    for (const length of [0, 1, 7, 48, 100]) {
      const signal = makeSignal(kind, length, 3);
      expect(signal).toHaveLength(length);
      signal.forEach((v) => expect(Number.isFinite(v)).toBe(true));
    }
  });

  it.each(SIGNALS)('%s is the same for the same seed', (kind) => {
    expect(makeSignal(kind, 48, 11)).toEqual(makeSignal(kind, 48, 11));
  });

  it('only the noisy sine depends on the seed', () => {
    expect(makeSignal('sine', 48, 1)).not.toEqual(makeSignal('sine', 48, 2));
    for (const kind of ['step', 'pulse', 'spikes'] as const)
      expect(makeSignal(kind, 48, 1)).toEqual(makeSignal(kind, 48, 2));
  });

  it('makes a step with one edge in the middle', () => {
    expect(makeSignal('step', 8, 0)).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it('makes a pulse over the middle third', () => {
    expect(makeSignal('pulse', 9, 0)).toEqual([0, 0, 0, 1, 1, 1, 0, 0, 0]);
  });

  it('makes a spike every 12 samples, starting at 6', () => {
    const signal = makeSignal('spikes', 48, 0);
    expect(signal.flatMap((v, i) => (v === 1 ? [i] : []))).toEqual([6, 18, 30, 42]);
    expect(signal.filter((v) => v !== 0 && v !== 1)).toEqual([]);
  });

  it('makes a sine of two periods plus small noise', () => {
    const length = 48;
    const signal = makeSignal('sine', length, 7);
    const noise = signal.map((v, i) => v - Math.sin((2 * Math.PI * i) / (length / 2)));
    const rms = Math.sqrt(noise.reduce((a, b) => a + b * b, 0) / length);
    expect(rms).toBeGreaterThan(0.1);
    expect(rms).toBeLessThan(0.6);
    signal.forEach((v) => expect(Math.abs(v)).toBeLessThan(3));
  });
});

import { gaussian, seededRandom } from './random';

export const SIGNALS = ['step', 'pulse', 'sine', 'spikes'] as const;
export type SignalKind = (typeof SIGNALS)[number];

/**
 * The 1-D signals of the introduction: a step (one edge), a pulse (two edges), a sine with seeded
 * noise (something to smooth), and isolated spikes (each one copies the kernel into the output).
 * @returns `length` samples
 */
export function makeSignal(kind: SignalKind, length: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length }, (_, i) => {
    switch (kind) {
      case 'step':
        return i < length / 2 ? 0 : 1;
      case 'pulse':
        return i >= length / 3 && i < (2 * length) / 3 ? 1 : 0;
      case 'sine':
        return Math.sin((2 * Math.PI * i) / (length / 2)) + 0.3 * gaussian(random);
      case 'spikes':
        return i % 12 === 6 ? 1 : 0;
    }
  });
}

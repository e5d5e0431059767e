import { gaussian, seededRandom } from '../random';
import type { ModelName } from './model';

export interface Dataset {
  inputs: Float32Array;
  targets: Float32Array;
  inputShape: number[];
  targetShape: number[];
  samples: number;
}

const SIZE = 28;
const CLASSES = 10;
const STEPS = 30;

/**
 * Seeded data for the training benchmarks and tests (the chapters train on real images; a benchmark
 * needs data of the right shape that a model can learn from, made the same on every machine).
 * Images: class c is a bar through the middle at c × 18°, of random thickness and offset, on noise.
 */
export function barImages(samples: number, seed: number): Dataset {
  const random = seededRandom(seed);
  const inputs = new Float32Array(samples * SIZE * SIZE);
  const targets = new Float32Array(samples * CLASSES);
  for (let s = 0; s < samples; s++) {
    const label = s % CLASSES;
    targets[s * CLASSES + label] = 1;
    const angle = (label * Math.PI) / CLASSES;
    const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
    const offset = (random() - 0.5) * 6;
    const half = 1 + random() * 1.5;
    for (let r = 0; r < SIZE; r++)
      for (let c = 0; c < SIZE; c++) {
        // distance of the pixel from the bar's centre line
        const distance = Math.abs((c - SIZE / 2) * dy - (r - SIZE / 2) * dx - offset);
        const ink = distance < half ? 1 : 0;
        inputs[(s * SIZE + r) * SIZE + c] = ink + 0.2 * gaussian(random);
      }
  }
  return { inputs, targets, inputShape: [SIZE, SIZE, 1], targetShape: [CLASSES], samples };
}

/** Sequences: 30 samples of a noisy sine of random frequency and phase; the target is the 31st. */
export function sineSequences(samples: number, seed: number): Dataset {
  const random = seededRandom(seed);
  const inputs = new Float32Array(samples * STEPS);
  const targets = new Float32Array(samples);
  for (let s = 0; s < samples; s++) {
    const frequency = 0.1 + random() * 0.4;
    const phase = random() * 2 * Math.PI;
    for (let t = 0; t <= STEPS; t++) {
      const value = Math.sin(frequency * t + phase);
      if (t < STEPS) inputs[s * STEPS + t] = value + 0.05 * gaussian(random);
      else targets[s] = value;
    }
  }
  return { inputs, targets, inputShape: [STEPS, 1], targetShape: [1], samples };
}

export function datasetFor(model: ModelName, samples: number, seed: number): Dataset {
  return model === 'lstm-64x30' ? sineSequences(samples, seed) : barImages(samples, seed);
}

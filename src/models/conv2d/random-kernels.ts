import { gaussian } from '../random';

/**
 * C_out freshly initialised kernels of depth C_in and size k × k, [o][c][u][v]: each weight drawn from
 * a normal distribution with standard deviation √(2 / (k·k·C_in)), He et al.'s initialisation, as a
 * network's layer starts before training. The biases of such a layer start at zero.
 */
export function randomKernels(random: () => number, count: number, cIn: number, k: number): number[][][][] {
  const scale = Math.sqrt(2 / (k * k * cIn));
  return Array.from({ length: count }, () =>
    Array.from({ length: cIn }, () =>
      Array.from({ length: k }, () => Array.from({ length: k }, () => gaussian(random) * scale)),
    ),
  );
}

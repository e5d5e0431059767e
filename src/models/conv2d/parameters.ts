/**
 * The learnable numbers of a convolution layer: C_out kernels of k × k × C_in weights, plus one bias
 * per kernel — k·k·C_in·C_out + C_out.
 */
export function convParameterCount({
  k,
  cIn,
  cOut,
  bias = true,
}: {
  k: number;
  cIn: number;
  cOut: number;
  bias?: boolean;
}): number {
  return k * k * cIn * cOut + (bias ? cOut : 0);
}

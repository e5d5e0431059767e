/**
 * How many input samples (along one axis) one output of a stack of conv layers sees:
 * r = 1 + Σ_l (k_l − 1) · Π_{m<l} s_m — each layer widens the view by k − 1 steps of the input
 * spacing its own input has, which the strides before it multiplied.
 */
export function receptiveField(layers: readonly { k: number; s: number }[]): number {
  let field = 1;
  let jump = 1;
  for (const { k, s } of layers) {
    field += (k - 1) * jump;
    jump *= s;
  }
  return field;
}

/**
 * Plain-array 1-D cross-correlation, written from the definition with no shared code, to check the
 * TF.js results against: y[i] = Σ_j x[i − before + j] · w[j], x = 0 outside the signal.
 */
export function referenceConv1d(
  x: readonly number[],
  w: readonly number[],
  padding: 'same' | 'valid',
): number[] {
  const k = w.length;
  const before = padding === 'same' ? Math.floor((k - 1) / 2) : 0;
  const outputs = padding === 'same' ? x.length : x.length - k + 1;
  const y: number[] = [];
  for (let i = 0; i < outputs; i++) {
    let sum = 0;
    for (let j = 0; j < k; j++) {
      const at = i - before + j;
      if (at >= 0 && at < x.length) sum += (x[at] as number) * (w[j] as number);
    }
    y.push(sum);
  }
  return y;
}

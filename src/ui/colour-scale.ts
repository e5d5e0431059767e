/**
 * A diverging colour scale symmetric around zero: negative values blue, positive orange, zero the
 * neutral middle, so the sign of a feature-map value is never lost (and is also readable as text).
 * @returns [r, g, b] in 0–255
 */
export function divergingColour(value: number, limit: number): [number, number, number] {
  // NaN shows as neutral rather than as black; ±Infinity as the ends of the scale
  const t = limit > 0 && !Number.isNaN(value) ? Math.max(-1, Math.min(1, value / limit)) : 0;
  const neutral: [number, number, number] = [247, 247, 247];
  const end: [number, number, number] = t < 0 ? [33, 102, 172] : [179, 88, 6];
  const a = Math.abs(t);
  return neutral.map((n, i) => Math.round(n + (end[i]! - n) * a)) as [number, number, number];
}

/** The largest absolute value, the scale's limit (1 for an all-zero input so nothing divides by zero). */
export function symmetricLimit(values: readonly (readonly number[])[]): number {
  let limit = 0;
  for (const row of values) for (const v of row) if (Number.isFinite(v)) limit = Math.max(limit, Math.abs(v));
  return limit || 1;
}

export type NumberCheck =
  { ok: true; value: number } | { ok: false; reason: 'invalid' | 'range' | 'fraction' };

/**
 * Reads what a reader typed as a number: plain decimals, signs, exponents and the Unicode minus are
 * accepted; empty text, words, NaN and anything that overflows to ±Infinity (1e309) are not, nor a
 * fraction where a whole number is asked for.
 */
export function parseNumber(text: string, min = -Infinity, max = Infinity, integer = false): NumberCheck {
  const cleaned = text.trim().replace(/\u2212/g, '-');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return { ok: false, reason: 'invalid' };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, reason: 'invalid' };
  if (value < min || value > max) return { ok: false, reason: 'range' };
  if (integer && !Number.isInteger(value)) return { ok: false, reason: 'fraction' };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

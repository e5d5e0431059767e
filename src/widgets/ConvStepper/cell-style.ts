import type { CSSProperties } from 'react';

/** A value with exactly two decimals and a real minus sign (−0.00 shown as 0.00), so columns line up. */
export const fixed2 = (value: number): string =>
  (Math.abs(value) < 0.005 ? 0 : value).toFixed(2).replace('-', '−');

/** The relative luminance of a grey level in [0, 1] (sRGB), for choosing readable text on it. */
const luminance = (v: number): number => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);

/**
 * A pixel's cell painted in its own grey (the image looks like the image in either theme), with black
 * or white text, whichever contrasts more.
 */
export function greyStyle(value: number): CSSProperties {
  const v = Math.min(1, Math.max(0, value));
  const level = Math.round(v * 255);
  const dark = (luminance(v) + 0.05) / 0.05 > 1.05 / (luminance(v) + 0.05);
  return { backgroundColor: `rgb(${level} ${level} ${level})`, color: dark ? '#000' : '#fff' };
}

/**
 * A feature-map cell tinted by sign and size: negative blue, positive orange, mixed into the theme's
 * background up to 55 % so the theme's text stays readable. The number in the cell carries the value.
 */
export function divergingStyle(value: number, limit: number): CSSProperties {
  const share = limit > 0 ? Math.min(1, Math.abs(value) / limit) : 0;
  return {
    '--tint': `${Math.round(share * 55)}%`,
    '--tint-colour': value < 0 ? 'var(--ramp-negative)' : 'var(--ramp-positive)',
  } as CSSProperties;
}

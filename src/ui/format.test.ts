import { describe, expect, it } from 'vitest';
import { formatNumber } from './format';

describe('formatNumber', () => {
  it('rounds to three decimals by default and drops trailing zeros', () => {
    expect(formatNumber(1 / 3)).toBe('0.333');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(2)).toBe('2');
    expect(formatNumber(1.0004)).toBe('1');
  });

  it('takes the number of decimals', () => {
    expect(formatNumber(Math.PI, 1)).toBe('3.1');
    expect(formatNumber(Math.PI, 5)).toBe('3.14159');
    expect(formatNumber(1234.5678, 0)).toBe('1235');
  });

  it('uses a real minus sign', () => {
    expect(formatNumber(-0.25)).toBe('\u22120.25');
    expect(formatNumber(-3)).toBe('\u22123');
  });

  it('shows −0, and negatives that round to zero, as 0', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.0001)).toBe('0');
    expect(formatNumber(-0.004, 2)).toBe('0');
  });

  it('shows non-finite values as they are', () => {
    expect(formatNumber(NaN)).toBe('NaN');
    expect(formatNumber(Infinity)).toBe('Infinity');
  });
});

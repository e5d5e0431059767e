import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number';

describe('parseNumber', () => {
  it.each([
    ['0', 0],
    ['42', 42],
    ['-2', -2],
    ['+3', 3],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
    ['1E-2', 0.01],
    ['2.5e+1', 25],
    ['  7  ', 7],
    ['\u22123', -3],
    ['1e\u22122', 0.01],
    ['1e308', 1e308],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it.each([
    '',
    '   ',
    'abc',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '-1e309',
    '1,5',
    '0x10',
    '1_000',
    '--1',
    '1e',
    'e5',
    '.',
    '-',
    '1 2',
    '½',
  ])('rejects %j as invalid', (text) => {
    expect(parseNumber(text)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('turns −0 into 0', () => {
    const check = parseNumber('-0');
    expect(check.ok && Object.is(check.value, 0)).toBe(true);
  });

  it('checks the range, bounds included', () => {
    expect(parseNumber('0', 0, 1)).toEqual({ ok: true, value: 0 });
    expect(parseNumber('1', 0, 1)).toEqual({ ok: true, value: 1 });
    expect(parseNumber('1.01', 0, 1)).toEqual({ ok: false, reason: 'range' });
    expect(parseNumber('-0.01', 0, 1)).toEqual({ ok: false, reason: 'range' });
  });

  it('asks for a whole number when told to, after the range', () => {
    expect(parseNumber('3', 0, 9, true)).toEqual({ ok: true, value: 3 });
    expect(parseNumber('3.0', 0, 9, true)).toEqual({ ok: true, value: 3 });
    expect(parseNumber('1.5', 0, 9, true)).toEqual({ ok: false, reason: 'fraction' });
    expect(parseNumber('10.5', 0, 9, true)).toEqual({ ok: false, reason: 'range' });
  });

  it('reports an invalid text as invalid, not out of range', () => {
    expect(parseNumber('1e309', 0, 1)).toEqual({ ok: false, reason: 'invalid' });
  });
});

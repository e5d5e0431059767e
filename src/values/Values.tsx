import { outputSize } from '../models/conv2d/geometry';
import { convParameterCount } from '../models/conv2d/parameters';
import { receptiveField } from '../models/conv2d/receptive-field';

/**
 * Numbers in the prose that a formula produces, computed when the page is built rather than typed:
 * `<OutputSize n={32} k={5} s={1} p={2} />` writes 32. Static: they render to plain text.
 */
const number = (value: number) => <span className="computed">{value.toLocaleString('en-US')}</span>;

export function OutputSize({
  n,
  k,
  s = 1,
  p = 0,
  d = 1,
}: {
  n: number;
  k: number;
  s?: number;
  p?: number;
  d?: number;
}) {
  return number(outputSize({ n, k, s, p, d }));
}

export function ParamCount({
  k,
  cIn,
  cOut,
  bias = true,
}: {
  k: number;
  cIn: number;
  cOut: number;
  bias?: boolean;
}) {
  return number(convParameterCount({ k, cIn, cOut, bias }));
}

export function ReceptiveField({ k, layers, stride = 1 }: { k: number; layers: number; stride?: number }) {
  return number(receptiveField(Array.from({ length: layers }, () => ({ k, s: stride }))));
}

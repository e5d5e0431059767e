import { intField } from '../../frame/schema';

export const N_MAX = 16;
export const K_MAX = 7;
export const S_MAX = 4;
export const P_MAX = 4;
export const D_MAX = 3;
/** the most windows an axis can hold: n = 16, p = 4, k = 1 */
const OUTPUT_MAX = N_MAX + 2 * P_MAX;

/** The geometry widget's state, as it appears in a shared link (`?<id>.s=2&<id>.row=1`). */
export const geometrySchema = {
  n: intField(7, 3, N_MAX),
  k: intField(3, 1, K_MAX),
  s: intField(2, 1, S_MAX),
  p: intField(1, 0, P_MAX),
  d: intField(1, 1, D_MAX),
  /** the selected output cell (clamped to the output when the output is smaller) */
  row: intField(0, 0, OUTPUT_MAX - 1),
  col: intField(0, 0, OUTPUT_MAX - 1),
};

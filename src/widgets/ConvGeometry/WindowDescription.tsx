import { useStrings } from './strings';
import { tapPositions } from '../../models/conv2d/coverage';
import type { Geometry } from '../../models/conv2d/geometry';

/** The selected window in words: which input rows and columns it reads, and how many taps land on padding. */
export function WindowDescription({
  g,
  row,
  col,
  id,
}: {
  g: Geometry;
  row: number;
  col: number;
  id: string;
}) {
  const { t } = useStrings();
  const rows = tapPositions(g, row).map((y) => y - g.p);
  const cols = tapPositions(g, col).map((x) => x - g.p);
  const inside = (i: number) => i >= 0 && i < g.n;
  const zeros = g.k * g.k - rows.filter(inside).length * cols.filter(inside).length;
  const list = (indices: number[]) => indices.map((i) => (i < 0 ? `−${-i}` : i)).join(t('geometryListJoin'));
  return (
    <p id={id} className="geometry-window" aria-live="polite" data-testid="geometry-window">
      {t('geometryWindowReads', { row, col, rows: list(rows), cols: list(cols), zeros, taps: g.k * g.k })}
    </p>
  );
}

import { formatNumber } from '../../ui/format';
import { ColumnNumbers, NumberHeader } from '../../ui/NumberHeaders';

/**
 * A 3 × 3 patch or kernel as a plain table of numbers. Unlike MatrixGrid it never scrolls, so it takes
 * no tab stop of its own: the keyboard goes straight from one answer control to the next.
 */
export function SmallGrid({ values, caption }: { values: readonly (readonly number[])[]; caption: string }) {
  return (
    <table className="matrix-grid">
      <caption>{caption}</caption>
      <ColumnNumbers count={values[0]?.length ?? 0} />
      <tbody>
        {values.map((row, r) => (
          <tr key={r}>
            <NumberHeader scope="row" index={r} />
            {row.map((value, c) => (
              <td key={c}>{formatNumber(value, 2)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { formatNumber } from './format';
import { NumberHeader } from './NumberHeaders';

interface MatrixGridProps {
  /** rows of numbers */
  values: readonly (readonly number[])[];
  caption: string;
  /** headers to show; without them the rows and columns are numbered for screen readers only */
  rowLabels?: readonly string[];
  columnLabels?: readonly string[];
  /** cells to emphasise, as "row,column" */
  highlight?: ReadonlySet<string>;
  digits?: number;
  /** makes each cell a button, e.g. to move a window there */
  onCellClick?: (row: number, column: number) => void;
  cellLabel?: (row: number, column: number, value: number) => string;
}

/** A matrix as a real table of numbers: readable by screen readers, copyable, printable. */
export function MatrixGrid({
  values,
  caption,
  rowLabels,
  columnLabels,
  highlight,
  digits = 2,
  onCellClick,
  cellLabel,
}: MatrixGridProps) {
  // a wide matrix scrolls sideways inside its own box (which the keyboard can reach), never the page
  return (
    <div className="matrix-scroll" role="group" aria-label={caption} tabIndex={0}>
      <table className="matrix-grid">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td className={rowLabels && columnLabels ? undefined : 'visually-hidden'} />
            {columnLabels
              ? columnLabels.map((label, c) => (
                  <th key={c} scope="col">
                    {label}
                  </th>
                ))
              : values[0]?.map((_, c) => <NumberHeader key={c} scope="col" index={c} />)}
          </tr>
        </thead>
        <tbody>
          {values.map((row, r) => (
            <tr key={r}>
              {rowLabels ? <th scope="row">{rowLabels[r]}</th> : <NumberHeader scope="row" index={r} />}
              {row.map((value, c) => {
                const text = formatNumber(value, digits);
                const marked = highlight?.has(`${r},${c}`) ?? false;
                return (
                  <td key={c} className={marked ? 'is-highlighted' : undefined}>
                    {onCellClick ? (
                      <button
                        type="button"
                        onClick={() => onCellClick(r, c)}
                        aria-label={cellLabel?.(r, c, value)}
                        aria-pressed={marked}
                      >
                        {text}
                      </button>
                    ) : (
                      text
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

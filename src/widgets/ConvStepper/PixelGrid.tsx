import type { CSSProperties, KeyboardEvent } from 'react';
import { ColumnNumbers, NumberHeader } from '../../ui/NumberHeaders';
import { fixed2 } from './cell-style';

interface PixelGridProps {
  caption: string;
  /** rows of values; null marks a cell not computed yet */
  values: readonly (readonly (number | null)[])[];
  /** the square to outline: the window on the image, or the current cell of the feature map */
  box: { top: number; left: number; size: number };
  tint: (value: number) => CSSProperties;
  /** the id of the text that says which keys work here */
  hintId: string;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** said for a cell not computed yet (it shows a dot) */
  emptyLabel?: string;
  /** makes each cell a button (the grid itself stays the one tab stop: the arrow keys move within it) */
  onPick?: (row: number, column: number) => void;
  pickLabel?: (row: number, column: number) => string;
  className?: string;
}

/**
 * A small image or feature map as a table of numbers, each cell tinted by its value, with one square
 * outlined. The grid takes focus as a whole and hands its keys to the widget.
 */
export function PixelGrid({
  caption,
  values,
  box,
  tint,
  hintId,
  onKeyDown,
  emptyLabel,
  onPick,
  pickLabel,
  className,
}: PixelGridProps) {
  const inside = (i: number, start: number) => i >= start && i < start + box.size;
  const edges = (r: number, c: number): string | undefined => {
    if (!inside(r, box.top) || !inside(c, box.left)) return undefined;
    const last = box.size - 1;
    return [
      'in-box',
      r === box.top && 'box-top',
      r === box.top + last && 'box-bottom',
      c === box.left && 'box-left',
      c === box.left + last && 'box-right',
    ]
      .filter(Boolean)
      .join(' ');
  };

  return (
    <div
      className={`pixel-grid-box ${className ?? ''}`}
      role="group"
      aria-label={caption}
      aria-describedby={hintId}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <table className="pixel-grid">
        <caption>{caption}</caption>
        <ColumnNumbers count={values[0]?.length ?? 0} />
        <tbody>
          {values.map((row, r) => (
            <tr key={r}>
              <NumberHeader scope="row" index={r} />
              {row.map((value, c) => {
                const text = value === null ? null : fixed2(value);
                const content = text ?? (
                  <>
                    <span aria-hidden="true">·</span>
                    <span className="visually-hidden">{emptyLabel}</span>
                  </>
                );
                return (
                  <td key={c} className={edges(r, c)} style={value === null ? undefined : tint(value)}>
                    {onPick ? (
                      <button
                        type="button"
                        tabIndex={-1}
                        aria-label={`${text ?? emptyLabel}. ${pickLabel?.(r, c) ?? ''}`}
                        onClick={() => onPick(r, c)}
                      >
                        {content}
                      </button>
                    ) : (
                      content
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

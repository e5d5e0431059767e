import type { CSSProperties, KeyboardEvent } from 'react';
import { useStrings } from './strings';
import { CELL, drawingUnits, gridPath, MARGIN, usePatternId } from './drawing';
import { IndexLabels } from './IndexLabels';

interface OutputGridProps {
  size: number;
  /** for each window along an axis: does it see only padding zeros? */
  zerosOnly: readonly boolean[];
  row: number;
  col: number;
  onSelect: (row: number, col: number) => void;
  describedBy: string;
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * The output grid, one cell per window. Click a cell, or focus the grid and use the arrow keys (Home
 * and End jump to the first and last cell), to choose the window shown on the input.
 */
export function OutputGrid({ size, zerosOnly, row, col, onSelect, describedBy }: OutputGridProps) {
  const { t } = useStrings();
  const dots = usePatternId('geometry-dots');
  const units = drawingUnits(size);
  const clamp = (i: number) => Math.max(0, Math.min(size - 1, i));

  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (move) onSelect(clamp(row + move[0]), clamp(col + move[1]));
    else if (event.key === 'Home') onSelect(0, 0);
    else if (event.key === 'End') onSelect(size - 1, size - 1);
    else return;
    event.preventDefault();
  };

  return (
    <div
      className="geometry-output"
      role="group"
      tabIndex={0}
      aria-label={t('geometryOutputLabel', { size })}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
    >
      <svg
        viewBox={`${-MARGIN} ${-MARGIN} ${units} ${units}`}
        style={{ '--units': units } as CSSProperties}
        aria-hidden="true"
      >
        <defs>
          <pattern id={dots} width="2.5" height="2.5" patternUnits="userSpaceOnUse">
            <circle cx="1.25" cy="1.25" r="0.55" className="geometry-dot" />
          </pattern>
        </defs>
        <rect className="geometry-out-area" width={size * CELL} height={size * CELL} />
        {zerosOnly.flatMap((zeros, i) =>
          zeros
            ? [
                <rect key={`r${i}`} y={i * CELL} width={size * CELL} height={CELL} fill={`url(#${dots})`} />,
                <rect key={`c${i}`} x={i * CELL} width={CELL} height={size * CELL} fill={`url(#${dots})`} />,
              ]
            : [],
        )}
        <rect className="geometry-out-chosen" x={col * CELL} y={row * CELL} width={CELL} height={CELL} />
        <path className="geometry-out-grid" d={gridPath(0, size)} />
        <rect
          className="geometry-out-hit"
          width={size * CELL}
          height={size * CELL}
          onClick={(event) => {
            const box = event.currentTarget.getBoundingClientRect();
            const at = (offset: number, length: number) => clamp(Math.floor((offset / length) * size));
            onSelect(at(event.clientY - box.top, box.height), at(event.clientX - box.left, box.width));
          }}
        />
        <rect className="geometry-out-selected" x={col * CELL} y={row * CELL} width={CELL} height={CELL} />
        <IndexLabels count={size} offset={0} cells={size} />
      </svg>
    </div>
  );
}

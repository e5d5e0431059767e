import type { CSSProperties } from 'react';
import { useStrings } from './strings';
import { tapPositions, type AxisCoverage } from '../../models/conv2d/coverage';
import { kernelSpan, windowStarts, type Geometry } from '../../models/conv2d/geometry';
import { CELL, dotsPath, drawingUnits, gridPath, MARGIN, usePatternId } from './drawing';
import { IndexLabels } from './IndexLabels';
import { UnreadBands } from './UnreadBands';

interface PaddedInputProps {
  g: Geometry;
  coverage: AxisCoverage;
  /** the selected output cell, or null when no window fits */
  selected: { row: number; col: number } | null;
  /** ids of the texts that describe the drawing in words */
  describedBy: string;
}

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/**
 * The input inside its ring of zero padding (dashed cells marked 0). The selected window's taps are
 * filled, its span outlined; a dot marks where every window starts; cells no window reads are hatched.
 */
export function PaddedInput({ g, coverage, selected, describedBy }: PaddedInputProps) {
  const { t } = useStrings();
  const hatch = usePatternId('geometry-hatch');
  const padded = g.n + 2 * g.p;
  const units = drawingUnits(padded);
  const isPadding = (x: number) => x < g.p || x >= g.p + g.n;
  const starts = windowStarts(g);
  const span = kernelSpan(g) * CELL;
  const taps = selected ? { rows: tapPositions(g, selected.row), cols: tapPositions(g, selected.col) } : null;
  const centre = (i: number) => (i + 0.5) * CELL;

  return (
    <svg
      className="geometry-input"
      viewBox={`${-MARGIN} ${-MARGIN} ${units} ${units}`}
      style={{ '--units': units } as CSSProperties}
      role="img"
      aria-label={t('geometryInputAlt', { n: g.n, p: g.p, padded })}
      aria-describedby={describedBy}
    >
      <defs>
        <pattern id={hatch} width="3" height="3" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="3" className="geometry-hatch-line" />
        </pattern>
      </defs>
      <rect className="geometry-padding" width={padded * CELL} height={padded * CELL} />
      <path className="geometry-padding-grid" d={gridPath(0, padded)} />
      <rect
        className="geometry-input-area"
        x={g.p * CELL}
        y={g.p * CELL}
        width={g.n * CELL}
        height={g.n * CELL}
      />
      <path className="geometry-input-grid" d={gridPath(g.p, g.p + g.n)} />
      {/* the zeros of one row in one text element, each glyph placed in its cell */}
      {range(0, padded).map((y) => {
        const columns = range(0, padded).filter((x) => isPadding(x) || isPadding(y));
        return columns.length === 0 ? null : (
          <text key={y} className="geometry-zeros" x={columns.map(centre).join(' ')} y={centre(y)}>
            {'0'.repeat(columns.length)}
          </text>
        );
      })}
      <UnreadBands read={coverage.read} n={g.n} p={g.p} hatch={hatch} />
      <rect
        className="geometry-input-edge"
        x={g.p * CELL}
        y={g.p * CELL}
        width={g.n * CELL}
        height={g.n * CELL}
      />
      {taps?.rows.map((y) =>
        taps.cols.map((x) => (
          <rect
            key={`${y},${x}`}
            className="geometry-tap"
            x={x * CELL}
            y={y * CELL}
            width={CELL}
            height={CELL}
          />
        )),
      )}
      {selected && (
        <rect
          className="geometry-span"
          x={selected.col * g.s * CELL}
          y={selected.row * g.s * CELL}
          width={span}
          height={span}
        />
      )}
      <path
        className="geometry-start"
        d={dotsPath(
          starts.flatMap((y) => starts.map((x) => [x * CELL + 2, y * CELL + 2] as const)),
          1.1,
        )}
      />
      <IndexLabels count={g.n} offset={g.p} cells={padded} />
    </svg>
  );
}

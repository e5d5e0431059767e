import { CELL, labelledIndices } from './drawing';

/** Row and column numbers along the top and left of a square grid whose first labelled cell is at `offset`. */
export function IndexLabels({ count, offset, cells }: { count: number; offset: number; cells: number }) {
  return (
    <g className="geometry-index" aria-hidden="true">
      {labelledIndices(count, cells).map((i) => {
        const at = (offset + i + 0.5) * CELL;
        return (
          <g key={i}>
            <text x={at} y={-2}>
              {i}
            </text>
            <text x={-2} y={at} className="is-row">
              {i}
            </text>
          </g>
        );
      })}
    </g>
  );
}

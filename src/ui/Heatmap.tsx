import { useEffect, useRef } from 'react';
import { useStrings } from './strings';
import { divergingColour, symmetricLimit } from './colour-scale';
import { formatNumber } from './format';
import { MatrixGrid } from './MatrixGrid';

interface HeatmapProps {
  values: readonly (readonly number[])[];
  /** what the picture shows, read out in place of the canvas */
  label: string;
  /** size of one cell on screen, px */
  cellSize?: number;
}

/**
 * A matrix as colours on a canvas, with its colour scale, and the same numbers as a table for
 * readers who cannot see the colours (and for anyone who wants the exact values).
 */
export function Heatmap({ values, label, cellSize = 12 }: HeatmapProps) {
  const { t } = useStrings();
  const canvas = useRef<HTMLCanvasElement>(null);
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  const limit = symmetricLimit(values);

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context || !rows || !columns) return;
    const image = context.createImageData(columns, rows);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const [red, green, blue] = divergingColour(v, limit);
        image.data.set([red, green, blue, 255], (r * columns + c) * 4);
      }),
    );
    context.putImageData(image, 0, 0);
  }, [values, rows, columns, limit]);

  const scale = t('colourScale', { min: formatNumber(-limit), max: formatNumber(limit) });
  return (
    <figure className="heatmap">
      <canvas
        ref={canvas}
        width={columns}
        height={rows}
        style={{ width: columns * cellSize, height: rows * cellSize }}
        role="img"
        aria-label={label}
      />
      <div className="colour-scale" role="img" aria-label={scale}>
        <span>{formatNumber(-limit)}</span>
        <span className="colour-ramp" aria-hidden="true" />
        <span>{formatNumber(limit)}</span>
      </div>
      <details>
        <summary>{t('showTable')}</summary>
        <MatrixGrid values={values} caption={label} />
      </details>
    </figure>
  );
}

import { useEffect, useRef } from 'react';

export type Rgb = readonly [number, number, number];

interface PixelCanvasProps {
  rows: number;
  columns: number;
  /** the colour of pixel (i, j), 0–255 per channel */
  colour: (i: number, j: number) => Rgb;
  /** what the picture shows, read out in place of the canvas */
  label: string;
  /** size of one pixel on screen, px */
  cellSize: number;
}

/** A small image drawn one canvas pixel per value and scaled up with sharp edges. */
export function PixelCanvas({ rows, columns, colour, label, cellSize }: PixelCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context || !rows || !columns) return;
    const image = context.createImageData(columns, rows);
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < columns; j++) image.data.set([...colour(i, j), 255], (i * columns + j) * 4);
    context.putImageData(image, 0, 0);
  }, [rows, columns, colour]);
  return (
    <canvas
      ref={canvas}
      className="pixel-canvas"
      width={columns}
      height={rows}
      style={{ width: columns * cellSize, height: rows * cellSize }}
      role="img"
      aria-label={label}
    />
  );
}

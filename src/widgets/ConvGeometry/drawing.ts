import { useId } from 'react';

/** Both drawings share one scale: a cell is CELL units wide, with MARGIN units for the index labels. */
export const CELL = 10;
export const MARGIN = 8;

/** The width (and height) in units of a square drawing of `cells` cells. */
export const drawingUnits = (cells: number): number => MARGIN + cells * CELL + 1;

/** Which indices to label along an axis: all of them when they fit, else every fifth. */
export const labelledIndices = (count: number, cells: number): number[] =>
  Array.from({ length: count }, (_, i) => i).filter((i) => cells <= 14 || i % 5 === 0);

/** The lines of a square grid over cells [from, to) in both directions, as one SVG path. */
export function gridPath(from: number, to: number): string {
  const [a, b] = [from * CELL, to * CELL];
  let d = '';
  for (let i = from; i <= to; i++) d += `M${i * CELL} ${a}V${b}M${a} ${i * CELL}H${b}`;
  return d;
}

/** Small dots, as one SVG path (hundreds of them stay one DOM node). */
export function dotsPath(points: readonly (readonly [number, number])[], r: number): string {
  return points
    .map(([x, y]) => `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`)
    .join('');
}

/** An id for an SVG pattern, unique on the page (the gallery shows a widget several times). */
export function usePatternId(name: string): string {
  return `${name}-${useId().replace(/[^\w-]/g, '')}`;
}

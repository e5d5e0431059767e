import { axisBottom, axisLeft, extent, line, scaleLinear, scaleLog, select } from 'd3';
import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { useWidth } from './useWidth';

export interface Series {
  name: string;
  values: readonly number[];
  /** x of values[0] (default 0) */
  offset?: number;
  /** the x distance between values (default 1) */
  xStep?: number;
  /** a CSS class that sets the stroke (colours come from the theme) and the dash, so no meaning is colour-only */
  className: string;
}

interface LinePlotProps {
  series: readonly Series[];
  xLabel: string;
  yLabel: string;
  /** a text summary of the plot for screen readers */
  description: string;
  logY?: boolean;
  /** a shaded band from x0 to x1, e.g. the kernel's window */
  band?: [number, number] | undefined;
  /** a marked point on one series */
  marker?: { x: number; y: number } | undefined;
  /** clicking the plot picks the nearest x (give the reader a keyboard way too, such as a slider) */
  onPick?: (x: number) => void;
  height?: number;
  /** while there is nothing to draw yet (a run not started): this text in a bare frame, no lines or ticks */
  placeholder?: string | undefined;
}

const MARGIN = { top: 12, right: 16, bottom: 40, left: 60 };

/**
 * Lines drawn with d3 scales and axes in an SVG as wide as its container (measured, so text and
 * lines keep their size on a phone and on a projector); optional log y scale.
 */
export function LinePlot({
  series,
  xLabel,
  yLabel,
  description,
  logY = false,
  band,
  marker,
  onPick,
  height = 240,
  placeholder,
}: LinePlotProps) {
  const xAxis = useRef<SVGGElement>(null);
  const yAxis = useRef<SVGGElement>(null);
  const [box, width] = useWidth(640);
  const innerWidth = Math.max(40, width - MARGIN.left - MARGIN.right);
  const innerHeight = height - MARGIN.top - MARGIN.bottom;

  const { x, y } = useMemo(() => {
    const xs = series.flatMap((s) => [xOf(s, 0), xOf(s, s.values.length - 1)]);
    const ys = series.flatMap((s) => s.values.filter((v) => Number.isFinite(v) && (!logY || v > 0)));
    const [x0 = 0, x1 = 1] = extent(xs);
    let [y0 = 0, y1 = 1] = extent(ys);
    if (y0 === y1) [y0, y1] = logY ? [y0 / 10, y1 * 10] : [y0 - 1, y1 + 1];
    const yScale = logY ? scaleLog().domain([y0, y1]).nice() : scaleLinear().domain([y0, y1]).nice();
    return { x: scaleLinear().domain([x0, x1]).range([0, innerWidth]), y: yScale.range([innerHeight, 0]) };
  }, [series, logY, innerWidth, innerHeight]);

  useEffect(() => {
    if (xAxis.current)
      select(xAxis.current).call(axisBottom(x).ticks(Math.max(2, Math.floor(innerWidth / 70))));
    if (yAxis.current) select(yAxis.current).call(axisLeft(y).ticks(5, logY ? '~g' : undefined));
  }, [x, y, logY, innerWidth, placeholder]); // the axes' groups appear when the placeholder goes

  const path = (s: Series) =>
    line<number>()
      .defined((v) => Number.isFinite(v) && (!logY || v > 0))
      .x((_, i) => x(xOf(s, i)))
      .y((v) => y(v))(s.values as number[]) ?? '';

  const pick = (event: MouseEvent<SVGRectElement>) => {
    if (!onPick) return;
    const box = event.currentTarget.getBoundingClientRect();
    const px = ((event.clientX - box.left) / box.width) * innerWidth;
    onPick(Math.round(x.invert(px)));
  };

  return (
    <div className="line-plot" ref={box}>
      <svg width={width} height={height} role="img" aria-label={description}>
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {band && (
            <rect
              className="plot-band"
              x={x(band[0] - 0.5)}
              width={Math.max(0, x(band[1] + 0.5) - x(band[0] - 0.5))}
              y={0}
              height={innerHeight}
            />
          )}
          {!placeholder &&
            series.map((s) => <path key={s.name} className={`plot-line ${s.className}`} d={path(s)} />)}
          {marker && Number.isFinite(marker.y) && (!logY || marker.y > 0) && (
            <circle className="plot-marker" cx={x(marker.x)} cy={y(marker.y)} r={5} />
          )}
          {placeholder ? (
            <path className="plot-frame" d={`M0,0V${innerHeight}H${innerWidth}`} />
          ) : (
            <>
              <g ref={xAxis} className="axis" transform={`translate(0,${innerHeight})`} />
              <g ref={yAxis} className="axis" />
            </>
          )}
          <text className="axis-label" x={innerWidth / 2} y={innerHeight + 34} textAnchor="middle">
            {xLabel}
          </text>
          <text
            className="axis-label"
            transform={`translate(-50,${innerHeight / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            {yLabel}
          </text>
          {onPick && <rect className="plot-hit" width={innerWidth} height={innerHeight} onClick={pick} />}
        </g>
      </svg>
      {placeholder && (
        <p
          className="plot-placeholder"
          style={{ left: MARGIN.left, top: MARGIN.top, width: innerWidth, height: innerHeight }}
        >
          {placeholder}
        </p>
      )}
      <ul className="plot-legend">
        {series.map((s) => (
          <li key={s.name}>
            <svg width="28" height="10" aria-hidden="true">
              <line className={`plot-line ${s.className}`} x1="0" x2="28" y1="5" y2="5" />
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
    </div>
  );
}

const xOf = (s: Series, i: number): number => (s.offset ?? 0) + i * (s.xStep ?? 1);

// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LinePlot, type Series } from './LinePlot';

const series: Series[] = [
  { name: 'input x', values: [0, 1, 2, 3, 4], className: 'series-input' },
  { name: 'output y', values: [1, 0.5, 0.25, 0.125], offset: 1, className: 'series-output' },
];

const linePaths = (container: HTMLElement) => [
  ...container.querySelectorAll<SVGPathElement>('path.plot-line'),
];
/** one loss curve on a log scale */
const renderLoss = (values: number[]) =>
  render(
    <LinePlot
      series={[{ name: 'loss', values, className: 's' }]}
      xLabel="step"
      yLabel="loss"
      description="d"
      logY
    />,
  );
/** the number of separate pieces of a path: one M per run of defined points */
const pieces = (d: string | null) => (d ?? '').split('M').length - 1;

describe('LinePlot', () => {
  it('draws one path per series, with its class, and a legend', () => {
    const { container } = render(
      <LinePlot series={series} xLabel="position" yLabel="value" description="Two lines" />,
    );
    const paths = linePaths(container);
    expect(paths).toHaveLength(2);
    expect(paths[0]?.getAttribute('class')).toBe('plot-line series-input');
    paths.forEach((path) => {
      expect(pieces(path.getAttribute('d'))).toBe(1);
      expect(path.getAttribute('d')).not.toContain('NaN');
    });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['input x', 'output y']);
  });

  it('labels its axes and is named for screen readers', () => {
    render(<LinePlot series={series} xLabel="position" yLabel="value" description="Two lines" />);
    expect(screen.getByText('position')).toBeTruthy();
    expect(screen.getByText('value')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Two lines' }).tagName).toBe('svg');
  });

  it('draws axes with ticks', () => {
    const { container } = render(<LinePlot series={series} xLabel="x" yLabel="y" description="d" />);
    expect(container.querySelectorAll('g.axis .tick').length).toBeGreaterThan(4);
  });

  it('shows a placeholder in a bare frame, at the same size, until there is something to draw', () => {
    const plot = (placeholder?: string) =>
      render(
        <LinePlot
          series={[{ name: 'loss', values: [], className: 's' }]}
          xLabel="step"
          yLabel="loss"
          description="d"
          logY
          placeholder={placeholder}
        />,
      );
    const { container } = plot('The loss will be drawn here.');
    expect(screen.getByText('The loss will be drawn here.').tagName).toBe('P');
    expect(linePaths(container)).toHaveLength(0);
    expect(container.querySelector('g.axis')).toBeNull();
    expect(container.querySelector('path.plot-frame')).not.toBeNull();
    // the labels and the legend stay, so nothing moves when the first points come
    expect(screen.getByText('step')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['loss']);
    expect(container.querySelector('svg')?.getAttribute('height')).toBe('240');
  });

  it('breaks a line at non-finite values', () => {
    const { container } = render(
      <LinePlot
        series={[{ name: 'gappy', values: [1, 2, NaN, 3, 4], className: 's' }]}
        xLabel="x"
        yLabel="y"
        description="d"
      />,
    );
    expect(pieces(linePaths(container)[0]?.getAttribute('d') ?? null)).toBe(2);
  });

  it('leaves out non-positive values on a log scale', () => {
    const { container } = renderLoss([1, 0.1, 0, -1, 0.01, 0.001]);
    const d = linePaths(container)[0]?.getAttribute('d') ?? null;
    expect(pieces(d)).toBe(2);
    expect(d).not.toMatch(/NaN|Infinity/);
  });

  it('labels a log scale in plain decimals, and tiny values with an exponent', () => {
    const labels = (values: number[]) => {
      const { container, unmount } = renderLoss(values);
      const text = [...container.querySelectorAll('.tick text')].map((t) => t.textContent);
      unmount();
      return text;
    };
    expect(labels([0.6, 0.1])).toContain('0.5');
    expect(labels([1e-3, 1e-10])).toContain('1e-10');
  });

  it('shows a shaded band and a marker', () => {
    const { container } = render(
      <LinePlot
        series={series}
        xLabel="x"
        yLabel="y"
        description="d"
        band={[1, 3]}
        marker={{ x: 2, y: 0.25 }}
      />,
    );
    const band = container.querySelector('rect.plot-band');
    expect(Number(band?.getAttribute('width'))).toBeGreaterThan(0);
    expect(container.querySelector('circle.plot-marker')).not.toBeNull();
  });

  it('draws no marker at a non-finite value', () => {
    const { container } = render(
      <LinePlot series={series} xLabel="x" yLabel="y" description="d" marker={{ x: 2, y: NaN }} />,
    );
    expect(container.querySelector('circle.plot-marker')).toBeNull();
  });

  it('picks the nearest x on click', () => {
    const onPick = vi.fn();
    const { container } = render(
      <LinePlot series={series} xLabel="x" yLabel="y" description="d" onPick={onPick} />,
    );
    const hit = container.querySelector('rect.plot-hit');
    expect(hit).not.toBeNull();
    vi.spyOn(hit as Element, 'getBoundingClientRect').mockReturnValue({
      left: 100,
      top: 0,
      width: 400,
      height: 200,
      right: 500,
      bottom: 200,
      x: 100,
      y: 0,
      toJSON: () => ({}),
    });
    // x spans 0–4: the left edge is 0, the right edge 4, three-quarters of the way 3
    fireEvent.click(hit as Element, { clientX: 100 });
    fireEvent.click(hit as Element, { clientX: 500 });
    fireEvent.click(hit as Element, { clientX: 390 });
    expect(onPick.mock.calls).toEqual([[0], [4], [3]]);
  });

  it('has no click target without onPick', () => {
    const { container } = render(<LinePlot series={series} xLabel="x" yLabel="y" description="d" />);
    expect(container.querySelector('rect.plot-hit')).toBeNull();
  });
});

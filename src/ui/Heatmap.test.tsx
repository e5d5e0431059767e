// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Heatmap } from './Heatmap';

const values = [
  [1, -2, 0],
  [0.5, 0, -1],
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Heatmap', () => {
  it('does not crash without a 2-D canvas context (jsdom has none), and keeps its text alternatives', () => {
    render(<Heatmap values={values} label="Feature map" cellSize={10} />);
    const canvas = screen.getByRole('img', { name: 'Feature map' });
    expect(canvas.tagName).toBe('CANVAS');
    expect(canvas.getAttribute('width')).toBe('3');
    expect(canvas.getAttribute('height')).toBe('2');
    expect((canvas as HTMLCanvasElement).style.width).toBe('30px');
    expect((canvas as HTMLCanvasElement).style.height).toBe('20px');
  });

  it('offers the numbers as a table', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    render(<Heatmap values={values} label="Feature map" />);
    expect(screen.getByText('Show the numbers as a table').tagName).toBe('SUMMARY');
    const [, body] = within(screen.getByRole('table', { name: 'Feature map' })).getAllByRole('rowgroup');
    expect(
      within(body!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '\u22122', '0', '0.5', '0', '\u22121']);
  });

  it('describes a colour scale symmetric around zero', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    render(<Heatmap values={values} label="Feature map" />);
    expect(screen.getByRole('img', { name: 'Colour scale from \u22122 to 2' })).toBeTruthy();
  });

  it('paints one pixel per value when a context exists', () => {
    const putImageData = vi.fn();
    const context = {
      createImageData: (w: number, h: number) => ({
        width: w,
        height: h,
        data: new Uint8ClampedArray(w * h * 4),
      }),
      putImageData,
    };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as never);
    render(<Heatmap values={values} label="Feature map" />);
    expect(putImageData).toHaveBeenCalledTimes(1);
    const image = putImageData.mock.calls[0]?.[0] as {
      width: number;
      height: number;
      data: Uint8ClampedArray;
    };
    expect([image.width, image.height]).toEqual([3, 2]);
    const pixel = (r: number, c: number) => [...image.data.slice((r * 3 + c) * 4, (r * 3 + c) * 4 + 4)];
    expect(pixel(0, 1)).toEqual([33, 102, 172, 255]); // −2, the limit: full blue
    expect(pixel(0, 2)).toEqual([247, 247, 247, 255]); // 0: neutral
  });

  it('handles an empty matrix', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    render(<Heatmap values={[]} label="Nothing" />);
    const [, body] = within(screen.getByRole('table', { name: 'Nothing' })).getAllByRole('rowgroup');
    expect(within(body!).queryAllByRole('cell')).toHaveLength(0);
  });
});

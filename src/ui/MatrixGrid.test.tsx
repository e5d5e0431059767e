// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MatrixGrid } from './MatrixGrid';

const values = [
  [1, -0.5, 1 / 3],
  [0, 2.005, -10],
];

describe('MatrixGrid', () => {
  it('is a table with its caption and one cell per value, formatted', () => {
    render(<MatrixGrid values={values} caption="Weights" />);
    const table = screen.getByRole('table', { name: 'Weights' });
    const [, body] = within(table).getAllByRole('rowgroup');
    const rows = within(body!).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['1', '\u22120.5', '0.33'],
      ['0', '2', '\u221210'],
    ]);
  });

  it('takes the number of digits', () => {
    render(<MatrixGrid values={[[Math.PI]]} caption="Pi" digits={4} />);
    expect(screen.getByRole('cell', { name: '3.1416' })).toBeTruthy();
  });

  it('numbers its rows and columns for screen readers when they have no labels', () => {
    render(<MatrixGrid values={values} caption="Weights" />);
    const columns = screen.getAllByRole('columnheader');
    const rows = screen.getAllByRole('rowheader');
    expect(columns.map((th) => th.textContent)).toEqual(['Column 1', 'Column 2', 'Column 3']);
    expect(rows.map((th) => th.textContent)).toEqual(['Row 1', 'Row 2']);
    expect([...columns, ...rows].every((th) => th.classList.contains('visually-hidden'))).toBe(true);
  });

  it('labels rows and columns with headers', () => {
    render(
      <MatrixGrid values={values} caption="Weights" rowLabels={['x', 'w']} columnLabels={['a', 'b', 'c']} />,
    );
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['a', 'b', 'c']);
    expect(screen.getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['x', 'w']);
  });

  it('marks highlighted cells', () => {
    const { container } = render(
      <MatrixGrid values={values} caption="Weights" highlight={new Set(['1,2', '0,0'])} />,
    );
    expect([...container.querySelectorAll('td.is-highlighted')].map((td) => td.textContent)).toEqual([
      '1',
      '\u221210',
    ]);
  });

  it('makes cells buttons when they can be clicked, with labels and pressed state', async () => {
    const user = userEvent.setup();
    const onCellClick = vi.fn();
    render(
      <MatrixGrid
        values={values}
        caption="Weights"
        highlight={new Set(['0,1'])}
        onCellClick={onCellClick}
        cellLabel={(r, c, v) => `row ${r} column ${c}: ${v}`}
      />,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(6);
    const target = screen.getByRole('button', { name: 'row 1 column 2: -10' });
    await user.click(target);
    expect(onCellClick).toHaveBeenCalledWith(1, 2);
    expect(screen.getByRole('button', { name: 'row 0 column 1: -0.5' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(target.getAttribute('aria-pressed')).toBe('false');
  });

  it('has no buttons when cells cannot be clicked', () => {
    render(<MatrixGrid values={values} caption="Weights" />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

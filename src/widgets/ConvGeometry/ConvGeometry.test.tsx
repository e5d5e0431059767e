// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WidgetContext } from '../../frame/WidgetContext';
import ConvGeometry from './ConvGeometry';

const show = () =>
  render(
    <WidgetContext.Provider value={{ id: 'g', markReady: () => {}, registerState: () => {} }}>
      <ConvGeometry />
    </WidgetContext.Provider>,
  );
const formula = () => screen.getByTestId('geometry-formula').textContent;
const slide = (name: RegExp, value: number) =>
  fireEvent.change(screen.getByRole('slider', { name }), { target: { value: String(value) } });
const problems = () => document.querySelector('.geometry-status')?.textContent ?? '';

beforeEach(() => history.replaceState(null, '', '/'));
afterEach(cleanup);

describe('ConvGeometry', () => {
  it('works out the output size for the default geometry', () => {
    show();
    expect(formula()).toBe('⌊(7 + 2·1 − (3 − 1) − 1) / 2⌋ + 1 = ⌊6 / 2⌋ + 1 = 4');
    expect(screen.getByText('Output 4 × 4')).toBeTruthy();
    expect(problems()).toMatch(/Every input value is read/);
  });

  it('follows the sliders, with a dilation term once d > 1', () => {
    show();
    slide(/Stride/, 1);
    expect(formula()).toMatch(/= ⌊6 \/ 1⌋ \+ 1 = 7$/);
    slide(/Dilation/, 2);
    expect(formula()).toBe('⌊(7 + 2·1 − 2·(3 − 1) − 1) / 1⌋ + 1 = ⌊4 / 1⌋ + 1 = 5');
    expect(screen.getByRole('slider', { name: /Dilation/ }).getAttribute('aria-valuetext')).toBe(
      'dilation 2',
    );
  });

  it('says which rows and columns no window reads, and hatches them', () => {
    show();
    slide(/Input size/, 6);
    slide(/Padding/, 0);
    expect(formula()).toMatch(/= 2$/);
    expect(problems()).toMatch(/No window reads input rows and columns 5/);
    // row 5 and column 5 of the 6 × 6 input: a faint band for each, and a strong one where it crosses the input
    expect(document.querySelectorAll('.geometry-unread rect')).toHaveLength(4);
    expect(document.querySelectorAll('.geometry-unread rect:not(.is-faint)')).toHaveLength(2);
    expect(screen.getByText('read by no window')).toBeTruthy();
  });

  it('calls skipped padding harmless, and finds the gaps a dilated kernel leaves at stride 2', () => {
    show();
    slide(/Input size/, 6);
    expect(problems()).toMatch(/^Some padding zeros are read by no window/);
    expect(document.querySelector('.geometry-status')?.className).not.toMatch(/is-problem/);
    slide(/Input size/, 7);
    slide(/Padding/, 0);
    slide(/Dilation/, 2);
    expect(problems()).toMatch(/No window reads input rows and columns 1, 3, 5 /);
  });

  it('says when the kernel does not fit, and when windows see only zeros', () => {
    show();
    slide(/Input size/, 3);
    slide(/Kernel size/, 7);
    slide(/Padding/, 0);
    expect(formula()).toMatch(/no window fits$/);
    expect(problems()).toMatch(/No window fits: the kernel spans 7 samples but the padded input has only 3/);
    expect(screen.queryByRole('group', { name: /Output grid/ })).toBeNull();
    slide(/Kernel size/, 1);
    slide(/Stride/, 1);
    slide(/Padding/, 2);
    // 7 windows a side, the first two and last two of them on padding only: 49 − 3² see only zeros
    expect(problems()).toMatch(/40 of the 49 windows lie entirely on padding/);
  });

  it('sets same padding, or explains why there is none', () => {
    show();
    slide(/Stride/, 1);
    slide(/Kernel size/, 5);
    fireEvent.click(screen.getByRole('button', { name: 'Same padding' }));
    expect(screen.getByRole('slider', { name: /Padding/ })).toHaveProperty('value', '2');
    expect(formula()).toMatch(/= 7$/);
    expect(screen.getByText(/Padding set to 2: the output is 7 × 7/)).toBeTruthy();
    slide(/Kernel size/, 4);
    expect(screen.queryByText(/Padding set to/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Same padding' }));
    expect(screen.getByText(/spans 4 samples, an even number/)).toBeTruthy();
    expect(screen.getByRole('slider', { name: /Padding/ })).toHaveProperty('value', '2');
  });

  it('moves the chosen window with the arrow keys, the step buttons and a click', () => {
    show();
    const grid = screen.getByRole('group', { name: /Output grid/ });
    const window = () => screen.getByTestId('geometry-window').textContent;
    expect(window()).toMatch(
      /^Output \(0, 0\) is made from input rows −1, 0, 1 and columns −1, 0, 1; 5 of its 9/,
    );
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(window()).toMatch(/^Output \(1, 1\) is made from input rows 1, 2, 3/);
    fireEvent.keyDown(grid, { key: 'End' });
    expect(window()).toMatch(/^Output \(3, 3\)/);
    expect(screen.getByRole('button', { name: 'Next window' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Previous window' }));
    expect(window()).toMatch(/^Output \(3, 2\)/);
    // a 40 × 40 px grid of 4 × 4 cells: (25, 15) lies in row 1, column 2
    const hit = grid.querySelector('.geometry-out-hit')!;
    hit.getBoundingClientRect = () => DOMRect.fromRect({ x: 100, y: 200, width: 40, height: 40 });
    fireEvent.click(hit, { clientX: 125, clientY: 215 });
    expect(window()).toMatch(/^Output \(1, 2\)/);
    expect(document.querySelectorAll('.geometry-tap')).toHaveLength(9);
  });

  it('starts from the URL, and falls back to defaults for bad values', () => {
    history.replaceState(null, '', '/?g.n=6&g.k=3&g.s=2&g.p=0&g.row=1');
    show();
    expect(formula()).toMatch(/= 2$/);
    cleanup();
    history.replaceState(null, '', '/?g.n=99&g.k=x&g.s=0&g.p=-1&g.d=2.5&g.row=1e9');
    show();
    expect(formula()).toBe('⌊(7 + 2·1 − (3 − 1) − 1) / 2⌋ + 1 = ⌊6 / 2⌋ + 1 = 4');
    expect(screen.getByTestId('geometry-window').textContent).toMatch(/^Output \(0, 0\)/);
  });
});

// @vitest-environment jsdom
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WidgetContext } from '../../frame/WidgetContext';
import { volume } from '../../models/conv2d/volume';
import type { TfState } from '../../ml/page/useTf';
import ConvStepper from './ConvStepper';
import type { EyeState } from './useEyeCrop';

// a fixed 10 × 10 "image" stands in for the photo, which jsdom cannot decode
const pixel = (r: number, c: number) => ((r * 7 + c * 3) % 10) / 10;
const image = volume(
  10,
  10,
  1,
  Float32Array.from({ length: 100 }, (_, i) => pixel(Math.floor(i / 10), i % 10)),
);
let eye: EyeState = { status: 'ready', image };
vi.mock('./useEyeCrop', () => ({ useEyeCrop: () => eye }));

const ready: TfState = { status: 'ready', runtime: { tf, backend: 'cpu', label: 'cpu', trials: [] } };
vi.mock('../../ml/page/useTf', () => ({ useTf: () => ready }));

beforeAll(async () => {
  await tf.setBackend('cpu');
});

beforeEach(() => {
  eye = { status: 'ready', image };
  history.replaceState(null, '', '/');
});

const markReady = vi.fn();
function renderStepper(query = '') {
  history.replaceState(null, '', `/${query}`);
  return render(
    <WidgetContext.Provider value={{ id: 's', markReady, registerState: () => {} }}>
      <ConvStepper />
    </WidgetContext.Provider>,
  );
}

const sum = () => screen.getByTestId('stepper-sum').textContent ?? '';
const sumValue = () => Number(sum().split('=').at(-1)!.replace('−', '-'));
const status = () => screen.getByText(/^Step \d+ of 64/).textContent;
const imageGrid = () => screen.getByRole('group', { name: /^Image/ });
const mapGrid = () => screen.getByRole('group', { name: /^Feature map/ });
/** the feature map's cells as shown, row by row */
const mapCells = () =>
  within(mapGrid())
    .getAllByRole('button')
    .map((b) => b.textContent);
/** waits for TF.js's feature map */
const mapShown = () => waitFor(() => expect(mapCells()[0]).not.toContain('·'), { timeout: 20_000 });
const computed = () => mapCells().filter((text) => !text?.includes('·'));
/** what TF.js put in the feature map's current cell */
const currentCell = () => Number(mapGrid().querySelector('td.in-box')!.textContent!.replace('−', '-'));

// TF.js's first run and a full user-event session are slow on a busy 2-core machine
describe('ConvStepper', { timeout: 30_000 }, () => {
  it('shows the window’s products and their sum, which equals TF.js’s feature-map value', async () => {
    renderStepper();
    await mapShown();
    // the default vertical-edge kernel at (0, 0): the right column minus the left one
    const expected = [0, 1, 2].reduce((s, r) => s + pixel(r, 2) - pixel(r, 0), 0);
    expect(sumValue()).toBeCloseTo(expected, 5);
    expect(sum()).toMatch(/^0\.00×\(−1\) \+ 0\.30×0 \+ 0\.60×1 \+ /);
    expect(currentCell()).toBeCloseTo(expected, 2);
    expect(markReady).toHaveBeenCalled();
    // the map is filled only up to the current position
    expect(computed()).toHaveLength(1);
    expect(status()).toBe(`Step 1 of 64: the window at row 1, column 1 gives ${sum().split('= ')[1]}.`);
  });

  it('steps with the arrow keys while a grid has focus, and only then', async () => {
    const user = userEvent.setup();
    renderStepper();
    await mapShown();
    imageGrid().focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    expect(status()).toMatch(/^Step 11 of 64: the window at row 2, column 3/);
    expect(computed()).toHaveLength(11);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowLeft}');
    expect(status()).toMatch(/^Step 2 of 64/);
    mapGrid().focus();
    await user.keyboard('{End}');
    expect(status()).toMatch(/^Step 64 of 64: the window at row 8, column 8/);
    // every step's sum is the value TF.js computed there
    for (let i = 0; i < 5; i++) {
      await user.keyboard('{ArrowLeft}');
      expect(currentCell()).toBeCloseTo(sumValue(), 2);
    }
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(status()).toMatch(/^Step 1 of 64/);
    // focus is on the reset button now: the arrows are not the widget's
    await user.keyboard('{ArrowRight}');
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(status()).toMatch(/^Step 1 of 64/);
  });

  it('moves the window to an output cell that is clicked', async () => {
    const user = userEvent.setup();
    renderStepper();
    await user.click(await screen.findByRole('button', { name: /Move the window to row 4, column 6$/ }));
    expect(status()).toMatch(/^Step 30 of 64: the window at row 4, column 6/);
    expect(imageGrid().querySelectorAll('td.in-box')).toHaveLength(9);
    expect(imageGrid().querySelector('td.box-top.box-left')!.textContent).toBe(pixel(3, 5).toFixed(2));
  });

  it('keeps the last kernel when a weight is not a number, and says why', async () => {
    const user = userEvent.setup();
    renderStepper('?s.position=12');
    await mapShown();
    const before = sum();
    const weight = screen.getByLabelText('Kernel weight, row 2, column 2');
    for (const bad of ['abc', '', '1e309']) {
      // the whole text at once, as a paste would (typing "1e309" passes through the valid "1" and "1e3")
      fireEvent.change(weight, { target: { value: bad } });
      expect(screen.getByRole('alert').textContent).toMatch(/Kept the last valid value, 0\./);
      expect(sum()).toBe(before);
    }
    await user.clear(weight);
    await user.type(weight, '2');
    expect(sum()).not.toBe(before);
    expect(sumValue()).toBeCloseTo(Number(before.split('=').at(-1)!.replace('−', '-')) + 2 * pixel(2, 5), 5);
  });

  it('sets a preset kernel and marks which preset is in force', async () => {
    const user = userEvent.setup();
    renderStepper('?s.position=20');
    await mapShown();
    await user.click(screen.getByRole('button', { name: 'identity' }));
    expect(screen.getByRole('button', { name: 'identity' }).getAttribute('aria-pressed')).toBe('true');
    // the identity kernel copies the pixel under its centre: row 3 + 1, column 5 + 1
    expect(sumValue()).toBeCloseTo(pixel(3, 5), 5);
  });

  it('says so when the photo cannot be loaded', () => {
    eye = { status: 'failed', error: 'the image did not decode' };
    renderStepper();
    expect(screen.getByRole('alert').textContent).toMatch(/could not be loaded \(the image did not decode\)/);
  });
});

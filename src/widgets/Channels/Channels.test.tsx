// @vitest-environment jsdom
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WidgetContext } from '../../frame/WidgetContext';
import { volume } from '../../models/conv2d/volume';
import type { TfState } from '../../ml/page/useTf';
import Channels from './Channels';
import type { PhotoState } from './usePhoto';

// a fixed pattern stands in for the photo, which jsdom cannot decode
const H = 300;
const W = 451;
const value = (i: number, j: number, c: number) => ((i * 3 + j * 5 + c * 7) % 100) / 100;
const photo = {
  rgb: volume(
    H,
    W,
    3,
    Float32Array.from({ length: H * W * 3 }, (_, n) =>
      value(Math.floor(n / 3 / W), Math.floor(n / 3) % W, n % 3),
    ),
  ),
  grey: volume(
    H,
    W,
    1,
    Float32Array.from({ length: H * W }, (_, n) => value(Math.floor(n / W), n % W, 0)),
  ),
};
let photoState: PhotoState = { status: 'ready', photo };
vi.mock('./usePhoto', () => ({ usePhoto: () => photoState, PHOTO_URL: '/chelsea.png' }));

const ready: TfState = { status: 'ready', runtime: { tf, backend: 'cpu', label: 'cpu', trials: [] } };
vi.mock('../../ml/page/useTf', () => ({ useTf: () => ready }));

beforeAll(async () => {
  await tf.setBackend('cpu');
});

beforeEach(() => {
  photoState = { status: 'ready', photo };
  // jsdom has no 2-D canvas; the pictures keep their text alternatives
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

const markReady = vi.fn();
function renderChannels(query = '') {
  history.replaceState(null, '', `/${query}`);
  return render(
    <WidgetContext.Provider value={{ id: 'ch', markReady, registerState: () => {} }}>
      <Channels />
    </WidgetContext.Provider>,
  );
}

const number = (text: string) => Number(text.replace(/\u2212/g, '-'));
const total = () => number(screen.getByTestId('channels-total').textContent!.split('=').at(-1)!);
const tfValue = () => number(/computed (\S+) at/.exec(screen.getByTestId('channels-tf').textContent!)![1]!);
const params = () => screen.getByTestId('channels-params').textContent;
const maps = () => screen.getAllByRole('img', { name: /^Feature map \d/ });
/** waits generously: the first convolution starts TF.js's cpu backend, slow on a busy machine */
const eventually = (check: () => void) => waitFor(check, { timeout: 20_000 });
/** waits for TF.js's maps */
const computed = () =>
  eventually(() => expect(screen.getByTestId('channels-tf').textContent).toMatch(/computed/));

describe('Channels', { timeout: 30_000 }, () => {
  it('shows three channels, a kernel of depth 3 and the parameter count, and reports ready', async () => {
    renderChannels();
    expect(screen.getAllByRole('group', { name: /^Channel [RGB] / })).toHaveLength(3);
    expect(screen.getByRole('group', { name: /^Kernel 1: 3 × 3 × 3/ })).toBeTruthy();
    expect(screen.getAllByRole('textbox', { name: /^Slice [RGB], row/ })).toHaveLength(27);
    expect(params()).toBe('Parameters: k·k·C_in·C_out + C_out = 3·3·3·4 + 4 = 112');
    await computed();
    expect(maps()).toHaveLength(4);
    await eventually(() => expect(markReady).toHaveBeenCalled());
  });

  it('adds the three channel sums and the bias into the value TF.js computed', async () => {
    renderChannels('?ch.bias=0.5&ch.row=2&ch.col=0');
    await computed();
    const terms = screen.getByTestId('channels-total').textContent!;
    expect(terms).toMatch(/^y₁\[3, 1\] = \S+ \+ \S+ \+ \S+ \+ 0\.5 = /);
    const sums = screen.getAllByText(/^sum /).map((p) => number(p.textContent!.slice(4)));
    expect(sums).toHaveLength(3);
    expect(total()).toBeCloseTo(sums.reduce((a, b) => a + b, 0) + 0.5, 2);
    expect(tfValue()).toBeCloseTo(total(), 2);
  });

  it('changes the number of maps and the parameter count with the slider', async () => {
    renderChannels();
    await computed();
    fireEvent.change(screen.getByRole('slider', { name: 'Number of kernels C_out' }), {
      target: { value: '7' },
    });
    expect(params()).toContain('3·3·3·7 + 7 = 196');
    await eventually(() => expect(maps()).toHaveLength(7));
    await eventually(() => expect(new URL(location.href).searchParams.get('ch.kernels')).toBe('7'));
  });

  it('with a grey input has one channel, one slice and C_in = 1 in the count', async () => {
    renderChannels();
    await computed();
    fireEvent.change(screen.getByRole('combobox', { name: 'Input channels C_in' }), {
      target: { value: 'grey' },
    });
    expect(params()).toContain('3·3·1·4 + 4 = 40');
    expect(screen.getAllByRole('group', { name: /^Channel / })).toHaveLength(1);
    expect(screen.getAllByRole('textbox', { name: /^Slice grey/ })).toHaveLength(9);
    await eventually(() => expect(tfValue()).toBeCloseTo(total(), 2));
  });

  it('takes apart the value of the map cell the reader picks', async () => {
    renderChannels();
    await computed();
    const map = screen.getByRole('group', { name: 'Feature map 1: choose a position' });
    await userEvent.click(within(map).getAllByRole('button')[15]!);
    expect(screen.getByTestId('channels-total').textContent).toMatch(/^y₁\[4, 4\]/);
    await eventually(() => expect(tfValue()).toBeCloseTo(total(), 2));
  });

  it('applies a preset: red only leaves green and blue out of the sum', async () => {
    renderChannels();
    await computed();
    await userEvent.click(screen.getByRole('button', { name: 'red only' }));
    expect(screen.getAllByText(/^sum /).map((p) => p.textContent)).toEqual([
      expect.any(String),
      'sum 0',
      'sum 0',
    ]);
    await eventually(() => expect(tfValue()).toBeCloseTo(total(), 2));
  });

  it('refuses a bad weight with a message and keeps the last good kernel', async () => {
    renderChannels();
    await computed();
    const before = total();
    const field = screen.getByRole('textbox', { name: 'Slice G, row 2, column 3' });
    await userEvent.clear(field);
    await userEvent.type(field, 'abc');
    expect(screen.getByRole('alert').textContent).toMatch(/Enter a number/);
    expect(total()).toBe(before);
  });

  it('says so when the photo cannot be loaded', () => {
    photoState = { status: 'failed', error: 'offline' };
    renderChannels();
    expect(screen.getByRole('alert').textContent).toMatch(/could not be loaded \(offline\)/);
  });

  it('falls back to defaults for a mangled link', async () => {
    renderChannels('?ch.kernels=99&ch.input=cmyk&ch.kernel=1,2');
    expect(params()).toContain('3·3·3·4 + 4 = 112');
    expect(screen.getByRole('textbox', { name: 'Slice R, row 1, column 1' })).toHaveProperty('value', '-1');
    await computed();
  });
});

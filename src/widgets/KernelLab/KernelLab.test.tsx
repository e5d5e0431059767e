// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderLab, withFakeBrowser } from './lab-test-kit';

vi.mock('../../ml/page/useTf', () => ({ useTf: () => ({ status: 'loading' }) }));
vi.mock('./decode-image');
withFakeBrowser();

const weight = (i: number, r: number, c: number) =>
  screen.getByLabelText(`Kernel ${i}, row ${r}, column ${c}`) as HTMLInputElement;
const grid = () =>
  screen.getAllByLabelText(/^Kernel \d, row \d, column \d$/).map((f) => (f as HTMLInputElement).value);
const preset = () => (screen.getByLabelText('Preset') as HTMLSelectElement).value;
const kernelButtons = () => screen.getAllByRole('button', { name: /^Kernel \d · / });
const kernelTitles = () => kernelButtons().map((b) => b.querySelector('.lab-card-title')?.textContent);

describe('KernelLab: the kernel editor', () => {
  it('opens on kernel 1, a Sobel kernel, with one labelled field per weight', async () => {
    await renderLab();
    expect(grid()).toEqual(['-1', '0', '1', '-2', '0', '2', '-1', '0', '1']);
    expect(preset()).toBe('sobel');
    expect(kernelTitles()).toEqual(['Kernel 1 · Sobel', 'Kernel 2 · Laplacian']);
    expect(kernelButtons()[0]?.getAttribute('aria-pressed')).toBe('true');
  });

  it.each(['', 'abc', '1e309', 'NaN'])(
    'refuses %j with a message and keeps the last good kernel',
    async (bad) => {
      const { state, user } = await renderLab();
      const field = weight(1, 2, 1);
      await user.clear(field);
      if (bad) await user.paste(bad);
      expect(screen.getByRole('alert').textContent).toMatch(/Kept the last valid value, -2\./);
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(state().get('lab.k1')).toBeNull(); // still the default Sobel
      expect(preset()).toBe('sobel');
      await user.clear(field);
      await user.type(field, '-3');
      expect(screen.queryByRole('alert')).toBeNull();
      expect(state().get('lab.k1')).toBe('-1,0,1,-3,0,2,-1,0,1');
      expect(preset()).toBe('custom');
    },
  );

  it('applies a preset and normalises', async () => {
    const { state, user } = await renderLab();
    await user.selectOptions(screen.getByLabelText('Preset'), 'sharpen');
    expect(grid()).toEqual(['0', '-1', '0', '-1', '5', '-1', '0', '-1', '0']);
    await user.clear(weight(1, 2, 2));
    await user.type(weight(1, 2, 2), '9');
    // the weights sum to 5: normalising divides by 5
    await user.click(screen.getByRole('button', { name: 'Normalise' }));
    expect(grid()).toEqual(['0', '-0.2', '0', '-0.2', '1.8', '-0.2', '0', '-0.2', '0']);
    expect(state().get('lab.k1')?.split(',').map(Number)).toEqual([0, -0.2, 0, -0.2, 1.8, -0.2, 0, -0.2, 0]);
    // a zero-sum kernel (Sobel) is scaled so its positive weights sum to 1
    await user.selectOptions(screen.getByLabelText('Preset'), 'sobel');
    await user.click(screen.getByRole('button', { name: 'Normalise' }));
    expect(grid()).toEqual(['-0.25', '0', '0.25', '-0.5', '0', '0.5', '-0.25', '0', '0.25']);
  });

  it('changes the size of every kernel: presets are rebuilt, own kernels padded, and back', async () => {
    const { state, user } = await renderLab('lab.k2=0,0,0,0,2,0,0,0,0');
    await user.selectOptions(screen.getByLabelText('Kernel size'), '5');
    expect(grid()).toHaveLength(25);
    expect(preset()).toBe('sobel');
    expect(weight(1, 1, 1).value).toBe('0');
    expect(weight(1, 3, 2).value).toBe('-2');
    await user.click(kernelButtons()[1]!);
    expect(grid().filter((v) => v !== '0')).toEqual(['2']);
    expect(weight(2, 3, 3).value).toBe('2');
    expect(state().get('lab.size')).toBe('5');
    await user.selectOptions(screen.getByLabelText('Kernel size'), '3');
    expect(grid()).toEqual(['0', '0', '0', '0', '2', '0', '0', '0', '0']);
    expect(state().get('lab.k1')).toBeNull();
  });

  it('rebuilds a Gaussian blur at 5 × 5 rather than padding the 3 × 3 one', async () => {
    const { user } = await renderLab();
    await user.selectOptions(screen.getByLabelText('Preset'), 'gaussian');
    await user.selectOptions(screen.getByLabelText('Kernel size'), '5');
    expect(preset()).toBe('gaussian');
    expect(weight(1, 1, 1).value).toBe('0.003906'); // 1/256, shown with six decimals
  });

  it('adds kernels up to four and removes any of them', async () => {
    const { state, user } = await renderLab();
    const add = screen.getByRole('button', { name: 'Add a kernel' });
    await user.click(add);
    expect(kernelButtons()).toHaveLength(3);
    expect(screen.getByRole('group', { name: 'Weights of kernel 3' })).toBeTruthy();
    expect(preset()).toBe('gaussian');
    await user.click(add);
    expect(kernelButtons()).toHaveLength(4);
    expect((add as HTMLButtonElement).disabled).toBe(true);
    expect(state().get('lab.count')).toBe('4');
    // removing kernel 2 moves 3 and 4 up
    await user.click(screen.getByRole('button', { name: 'Remove kernel 2' }));
    expect(kernelTitles()).toEqual(['Kernel 1 · Sobel', 'Kernel 2 · Gaussian blur', 'Kernel 3 · emboss']);
    expect(screen.getByRole('group', { name: 'Weights of kernel 3' })).toBeTruthy();
    for (const n of [3, 2]) await user.click(screen.getByRole('button', { name: `Remove kernel ${n}` }));
    expect(kernelButtons()).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /^Remove kernel/ })).toBeNull();
    expect(state().get('lab.count')).toBe('1');
  });

  it('describes every map in text while TF.js starts', async () => {
    await renderLab('lab.count=3');
    const maps = screen.getAllByRole('img', { name: /^Feature map of kernel \d, being computed\.$/ });
    expect(maps).toHaveLength(3);
    expect(maps.map((m) => [m.getAttribute('width'), m.getAttribute('height')])).toEqual([
      ['6', '4'],
      ['6', '4'],
      ['6', '4'],
    ]);
  });
});

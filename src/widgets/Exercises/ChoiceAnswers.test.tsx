// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChooseKernelAnswer } from './ChooseKernelAnswer';
import { StrideEffectAnswer } from './StrideEffectAnswer';

const status = () => screen.getByRole('status').textContent ?? '';

async function choose(name: string) {
  await userEvent.click(screen.getByRole('radio', { name }));
  await userEvent.click(screen.getByRole('button', { name: 'Check' }));
}

describe('ChooseKernelAnswer', () => {
  const options = ['box', 'horizontalEdge', 'verticalEdge', 'laplacian'] as const;

  it('shows each kernel by its weights, labelled by a letter, and checks the choice', async () => {
    render(<ChooseKernelAnswer id="k" options={[...options]} />);
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    expect(screen.getByRole('table', { name: 'Kernel C' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(status()).toBe('Choose one of the options first.');
    await choose('Kernel B');
    expect(status()).toContain(
      'Kernel B gives a contrast of 0 across a vertical edge and 3 across a horizontal one. It prefers horizontal edges.',
    );
    await choose('Kernel A');
    expect(status()).toContain('It treats both directions alike');
    await choose('Kernel C');
    expect(status()).toMatch(
      /^Right\. Kernel C gives a contrast of 3 across a vertical edge and 0 across a horizontal one\./,
    );
  });

  it('refuses an unknown kernel name and options without a right one', () => {
    expect(() => render(<ChooseKernelAnswer id="k" options={['nothing' as never]} />)).toThrow(
      /not a kernel preset/,
    );
    expect(() => render(<ChooseKernelAnswer id="k" options={['box', 'identity']} />)).toThrow(
      /none of the options/,
    );
  });
});

describe('StrideEffectAnswer', () => {
  it('offers the right width among likely slips and explains each', async () => {
    render(<StrideEffectAnswer id="s" n={32} k={3} p={1} s={2} />);
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([
      '15',
      '16',
      '17',
      '32',
    ]);
    await choose('32');
    expect(status()).toContain('That is the width at stride 1.');
    await choose('17');
    expect(status()).toContain('round the number of steps down');
    await choose('16');
    expect(status()).toBe(
      'Right. At stride 2: ⌊(32 + 2·1 − 3) / 2⌋ + 1 = 16, against 32 at stride 1. The window jumps 2 pixels, so about 1/2 as many positions fit along each side.',
    );
  });
});

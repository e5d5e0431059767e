// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { LangContext } from '../../i18n';
import { Exercise } from './Exercise';
import { FeatureValueAnswer } from './FeatureValueAnswer';
import { OutputSizeAnswer } from './OutputSizeAnswer';
import { ParameterCountAnswer, type ParameterCountProps } from './ParameterCountAnswer';

const status = () => screen.getByRole('status').textContent ?? '';
const field = () => screen.getByRole('textbox', { name: 'Your answer' });

async function answer(text: string) {
  await userEvent.clear(field());
  await userEvent.type(field(), text);
  await userEvent.click(screen.getByRole('button', { name: 'Check' }));
}

describe('Exercise', () => {
  it('is a box with an id and a label, around the prose', () => {
    render(
      <Exercise id="size-1">
        <p>How wide?</p>
      </Exercise>,
    );
    const box = document.getElementById('exercise-size-1')!;
    expect(box.tagName).toBe('ASIDE');
    expect(within(box).getByText('Exercise').className).toBe('exercise-label');
    expect(within(box).getByText('How wide?')).toBeTruthy();
  });
});

describe('OutputSizeAnswer', () => {
  it.each([
    [{ n: 32, k: 5, s: 1, p: 2 }, 32, '⌊(32 + 2·2 − 5) / 1⌋ + 1 = 32.'],
    [{ n: 7, k: 3, s: 2, p: 0 }, 3, '⌊(7 + 2·0 − 3) / 2⌋ + 1 = 3.'],
    [{ n: 10, k: 3, s: 1, p: 0, d: 2 }, 6, '⌊(10 + 2·0 − 2·(3 − 1) − 1) / 1⌋ + 1 = 6.'],
    [{ n: 3, k: 5, s: 1, p: 0 }, 0, 'no window fits'],
  ])('computes the answer for %o and explains it when right', async (props, expected, working) => {
    render(<OutputSizeAnswer id="x" {...props} />);
    await answer(String(expected));
    expect(status()).toMatch(/^Right\. /);
    expect(status()).toContain(working);
  });

  it('explains a known slip, or gives a hint, and shows the answer on request', async () => {
    render(<OutputSizeAnswer id="x" n={32} k={5} s={1} p={2} />);
    await answer('28');
    expect(status()).toBe(
      'Not quite: 28 is not the answer. That would be right without padding. The 2 zeros on each side make the input 36 pixels wide. Try again, or show the answer.',
    );
    await answer('31');
    expect(status()).toContain('The first position counts too.');
    await answer('40');
    expect(status()).toContain(
      'after padding the input is n + 2p = 36 pixels wide, the kernel covers 5 of them, and it moves 1 at a time.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show the answer' }));
    expect(status()).toContain(
      'show the answer. The answer: ⌊(n + 2p − k) / s⌋ + 1 = ⌊(32 + 2·2 − 5) / 1⌋ + 1 = 32.',
    );
    expect(screen.queryByRole('button', { name: 'Show the answer' })).toBeNull();
  });

  it('refuses text and fractions with a message, and checks on Enter', async () => {
    render(<OutputSizeAnswer id="x" n={32} k={3} s={2} p={1} />);
    await answer('sixteen');
    expect(status()).toBe('Type a number, such as 12 or −0.5.');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(field().getAttribute('aria-describedby')).toBe(screen.getByRole('status').id);
    await answer('15.5');
    expect(status()).toBe('The answer is a whole number.');
    await userEvent.clear(field());
    await userEvent.type(field(), '16{Enter}');
    expect(status()).toMatch(/^Right\./);
    expect(field().getAttribute('aria-invalid')).toBeNull();
  });
});

describe('FeatureValueAnswer', () => {
  const patch = [0.2, 0.5, 0.9, 0.1, 0.4, 0.8, 0.1, 0.3, 0.7];
  const kernel = [-1, 0, 1, -1, 0, 1, -1, 0, 1];

  it('shows the patch and the kernel and accepts the sum of products within 0.01', async () => {
    render(<FeatureValueAnswer id="v" patch={patch} kernel={kernel} />);
    expect(screen.getByRole('table', { name: 'Image patch' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Kernel' })).toBeTruthy();
    await answer('2.005');
    expect(status()).toMatch(/^Right\. 0\.2·\(−1\) \+ 0\.5·0 \+ 0\.9·1 \+ .* = 2\.$/);
    await answer('2.02');
    expect(status()).toMatch(/^Not quite: 2\.02 is not the answer\. Multiply each pixel/);
  });

  it('recognises the flipped kernel', async () => {
    render(<FeatureValueAnswer id="v" patch={patch} kernel={kernel} />);
    await answer('-2');
    expect(status()).toContain('the kernel turned by 180°');
  });

  it('computes other answers from its props', async () => {
    render(
      <FeatureValueAnswer id="v" patch={[1, 2, 3, 4, 5, 6, 7, 8, 9]} kernel={[0, 0, 0, 0, 1, 0, 0, 0, 0]} />,
    );
    await answer('5');
    expect(status()).toMatch(/= 5\.$/);
  });
});

describe('ParameterCountAnswer', () => {
  it.each<[ParameterCountProps, number, string]>([
    [{ id: 'p', k: 3, cIn: 3, cOut: 64 }, 1792, '3·3·3·64 + 64 = 1792.'],
    [{ id: 'p', k: 5, cIn: 1, cOut: 6 }, 156, '5·5·1·6 + 6 = 156.'],
    [
      { id: 'p', k: 3, cIn: 64, cOut: 128, bias: false },
      73728,
      '3·3·64·128 = 73728 (this layer has no biases).',
    ],
  ])('computes the count for %o', async (props, expected, working) => {
    render(<ParameterCountAnswer {...props} />);
    await answer(String(expected));
    expect(status()).toBe(`Right. k·k·C_in·C_out${props.bias === false ? '' : ' + C_out'} = ${working}`);
  });

  it('explains forgotten biases, depth and kernels', async () => {
    render(<ParameterCountAnswer id="p" k={3} cIn={3} cOut={64} />);
    await answer('1728');
    expect(status()).toContain('Each of the 64 kernels also has a bias.');
    await answer('640');
    expect(status()).toContain('it has 3·3·3 weights, not 3·3.');
    await answer('28');
    expect(status()).toContain('The layer has 64 kernels.');
    await answer('5');
    expect(status()).toContain('Each kernel also has one bias.');
  });
});

describe('in Chinese', () => {
  const zh = (children: ReactNode) =>
    render(<LangContext.Provider value="zh">{children}</LangContext.Provider>);

  it('explains with the same numbers, without spaces between sentences', async () => {
    zh(<OutputSizeAnswer id="x" n={32} k={5} s={1} p={2} />);
    await userEvent.type(screen.getByRole('textbox', { name: '你的答案' }), '28');
    await userEvent.click(screen.getByRole('button', { name: '检查' }));
    expect(status()).toBe(
      '不对：答案不是 28。不填充时这个答案才对。两边各补 2 个零，输入变成 36 个像素宽。再试一次，或者查看答案。',
    );
  });
});

// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChooseKernelAnswer } from './ChooseKernelAnswer';
import { OutputSizeAnswer } from './OutputSizeAnswer';

const field = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'Your answer' });
const status = () => screen.getByRole('status').textContent ?? '';
const stored = () => JSON.parse(localStorage.getItem(`dl-answers:${location.pathname}`) ?? '{}') as unknown;

/** The page reloaded: the answer's island is rendered afresh. */
function reload(node: React.ReactElement) {
  const first = render(node);
  return () => {
    first.unmount();
    render(node);
  };
}

describe('an exercise’s answer', () => {
  it('survives a reload with its verdict, and is kept in this browser only', async () => {
    const again = reload(<OutputSizeAnswer id="size" n={32} k={5} s={1} p={2} />);
    await userEvent.type(field(), '28');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(stored()).toEqual({ size: { answer: '28', checked: true } });
    again();
    expect(await screen.findByDisplayValue('28')).toBe(field());
    expect(status()).toMatch(/^Not quite: 28 is not the answer\./);
  });

  it('takes its verdict away when the answer changes, until it is checked again', async () => {
    render(<OutputSizeAnswer id="size" n={32} k={5} s={1} p={2} />);
    await userEvent.type(field(), '32');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(status()).toMatch(/^Right/);
    await userEvent.type(field(), '0');
    expect(status()).toBe('');
    expect(stored()).toEqual({ size: { answer: '320', checked: false } });
  });

  it('is forgotten on “Clear my answer”', async () => {
    const again = reload(<ChooseKernelAnswer id="kernel" options={['box', 'verticalEdge']} />);
    await userEvent.click(screen.getAllByRole('radio')[1]!);
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    await userEvent.click(screen.getByRole('button', { name: 'Clear my answer' }));
    expect(screen.getAllByRole<HTMLInputElement>('radio').some((radio) => radio.checked)).toBe(false);
    expect(status()).toBe('');
    expect(stored()).toEqual({});
    again();
    expect(screen.getAllByRole<HTMLInputElement>('radio').some((radio) => radio.checked)).toBe(false);
  });

  it('starts empty when what is stored is not an answer', () => {
    localStorage.setItem(`dl-answers:${location.pathname}`, '{"size": 28, "other": {"answer": 3}}');
    render(<OutputSizeAnswer id="size" n={32} k={5} s={1} p={2} />);
    expect(field().value).toBe('');
    localStorage.setItem(`dl-answers:${location.pathname}`, 'not json');
    expect(() => render(<OutputSizeAnswer id="other" n={32} k={5} s={1} p={2} />)).not.toThrow();
  });
});

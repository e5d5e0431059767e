// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { NumberField } from './NumberField';

/** A parent that keeps the value, as widgets do. */
function Stateful({
  initial = 1,
  onChange,
  min,
  max,
}: {
  initial?: number;
  onChange: (v: number) => void;
  min?: number;
  max?: number;
}) {
  const [value, setValue] = useState(initial);
  return (
    <NumberField
      label="Weight"
      value={value}
      {...(min === undefined ? {} : { min })}
      {...(max === undefined ? {} : { max })}
      onChange={(v) => {
        setValue(v);
        onChange(v);
      }}
    />
  );
}

describe('NumberField', () => {
  it('is labelled and shows its value', () => {
    render(<NumberField label="Weight" value={0.25} onChange={() => {}} />);
    expect(screen.getByLabelText('Weight')).toHaveProperty('value', '0.25');
  });

  it('in whole-number mode, refuses a fraction with its own message and keeps the value', async () => {
    const onChange = vi.fn();
    render(<NumberField label="Seed" value={4} integer onChange={onChange} />);
    const input = screen.getByLabelText('Seed');
    await userEvent.clear(input);
    await userEvent.type(input, '2.5');
    expect(screen.getByRole('alert').textContent).toMatch(/whole number/);
    expect(onChange).not.toHaveBeenCalledWith(2.5);
  });

  it('shows at most six decimals', () => {
    render(<NumberField label="Weight" value={1 / 3} onChange={() => {}} />);
    expect(screen.getByLabelText('Weight')).toHaveProperty('value', '0.333333');
  });

  it('passes a valid value on', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Stateful onChange={onChange} />);
    const input = screen.getByLabelText('Weight');
    await user.clear(input);
    await user.type(input, '-2.5');
    expect(onChange).toHaveBeenLastCalledWith(-2.5);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it.each(['abc', '1e309', 'NaN'])('says why %j is not accepted and does not pass it on', async (text) => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<NumberField label="Weight" value={1} onChange={onChange} />);
    const input = screen.getByLabelText('Weight');
    await user.clear(input);
    onChange.mockClear();
    // pasted whole: typed one key at a time, '1e3' on the way to '1e309' is a valid number
    await user.paste(text);
    expect(onChange).not.toHaveBeenCalled();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Enter a number, such as 0.5 or -2. Kept the last valid value, 1.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);
  });

  it('does not pass an empty field on', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<NumberField label="Weight" value={3} onChange={onChange} />);
    await user.clear(screen.getByLabelText('Weight'));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Kept the last valid value, 3.');
  });

  it('says the range when a value is out of it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Stateful onChange={onChange} min={-5} max={5} />);
    const input = screen.getByLabelText('Weight');
    await user.clear(input);
    await user.type(input, '7');
    expect(onChange).not.toHaveBeenCalledWith(7);
    expect(screen.getByRole('alert').textContent).toBe(
      'Enter a number from -5 to 5. Kept the last valid value, 1.',
    );
  });

  it('restores the last valid text on blur', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Stateful onChange={onChange} />);
    const input = screen.getByLabelText('Weight');
    await user.clear(input);
    await user.type(input, '4');
    await user.type(input, 'x');
    expect(input).toHaveProperty('value', '4x');
    expect(screen.getByRole('alert').textContent).toContain('Kept the last valid value, 4.');
    await user.tab();
    expect(input).toHaveProperty('value', '4');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onChange).toHaveBeenLastCalledWith(4);
  });

  it('shows a value changed from outside, and clears a pending error', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<NumberField label="Weight" value={1} onChange={() => {}} />);
    const input = screen.getByLabelText('Weight');
    await user.type(input, 'z');
    expect(screen.getByRole('alert')).toBeTruthy();
    rerender(<NumberField label="Weight" value={9} onChange={() => {}} />);
    expect(input).toHaveProperty('value', '9');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the reader’s text when the new value means the same', async () => {
    const user = userEvent.setup();
    function Parent() {
      const [value, setValue] = useState(1);
      return <NumberField label="Weight" value={value} onChange={setValue} />;
    }
    render(<Parent />);
    const input = screen.getByLabelText('Weight');
    await user.clear(input);
    await user.type(input, '2.50');
    expect(input).toHaveProperty('value', '2.50');
  });
});

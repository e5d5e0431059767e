// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LangContext, type Lang } from '../i18n';
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

  it.each<[Lang, string]>([
    ['en', 'Enter a whole number, such as 3. Kept the last valid value, 4.'],
    // Chinese sentences follow each other without a space
    ['zh', '请输入一个整数，比如 3。保留了上一个有效值 4。'],
  ])(
    'in whole-number mode, asks for a whole number when the text is not a number (%s)',
    async (lang, message) => {
      const user = userEvent.setup();
      const onChange = vi.fn();
      render(
        <LangContext.Provider value={lang}>
          <NumberField label="Seed" value={4} integer onChange={onChange} />
        </LangContext.Provider>,
      );
      const input = screen.getByLabelText('Seed');
      await user.clear(input);
      onChange.mockClear();
      await user.paste('abc');
      const alert = screen.getByRole('alert').textContent;
      expect(alert).toBe(message);
      expect(onChange).not.toHaveBeenCalled();
    },
  );

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

  it('keeps a bad entry, its message and the last valid value when the reader leaves the field', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Stateful onChange={onChange} />);
    const input = screen.getByLabelText('Weight');
    await user.clear(input);
    await user.type(input, '4');
    await user.type(input, 'x');
    expect(input).toHaveProperty('value', '4x');
    await user.tab();
    expect(document.activeElement).not.toBe(input);
    // what the reader typed is not dropped: the text, the message and the field's state all stay
    expect(input).toHaveProperty('value', '4x');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Kept the last valid value, 4.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);
    expect(onChange).toHaveBeenLastCalledWith(4);
    // back in the field, correcting the text clears the message
    await user.click(input);
    await user.keyboard('{Backspace}');
    expect(input).toHaveProperty('value', '4');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBeNull();
  });

  it('does not lose a click on a button below the field while an entry is bad', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(
      <div>
        <Stateful onChange={() => {}} />
        <button type="button" onClick={onClick}>
          Reset
        </button>
      </div>,
    );
    const input = screen.getByLabelText('Weight');
    const button = screen.getByRole('button', { name: 'Reset' });
    await user.type(input, 'abc');
    expect(screen.getByRole('alert')).toBeTruthy();
    // The button sits below the field: anything the field adds or removes between mousedown and
    // mouseup moves it out from under the pointer, and the browser then sends no click. So the press
    // (which takes the focus from the field) must leave the page exactly as it was.
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    await user.pointer({ keys: '[MouseLeft>]', target: button });
    expect(document.activeElement).toBe(button);
    await Promise.resolve(); // let the observer report
    observer.disconnect();
    expect(changes).toEqual([]);
    expect(screen.getByRole('alert')).toBeTruthy();
    await user.pointer({ keys: '[/MouseLeft]', target: button });
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('goes back to the last valid value on Escape', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const onKeyDown = vi.fn();
    render(
      // a dialog or a widget around the field must not also act on the Escape that took the entry back
      <div onKeyDown={(event) => onKeyDown(event.key)}>
        <Stateful initial={2} onChange={onChange} />
      </div>,
    );
    const input = screen.getByLabelText('Weight');
    await user.type(input, '.5x');
    expect(onChange).toHaveBeenLastCalledWith(2.5);
    expect(screen.getByRole('alert').textContent).toContain('Kept the last valid value, 2.5.');
    onChange.mockClear();
    onKeyDown.mockClear();
    await user.keyboard('{Escape}');
    expect(input).toHaveProperty('value', '2.5');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
    expect(onKeyDown).not.toHaveBeenCalledWith('Escape');
    // with nothing to take back, Escape is left to the page
    await user.keyboard('{Escape}');
    expect(onKeyDown).toHaveBeenCalledWith('Escape');
    expect(input).toHaveProperty('value', '2.5');
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

// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Slider } from './Slider';

const stride = (n: number) => `stride ${n}`;

describe('Slider', () => {
  it('is a labelled range input with its bounds, step and value', () => {
    render(
      <Slider label="Stride" value={2} min={1} max={4} step={1} onChange={() => {}} valueText={stride} />,
    );
    const slider = screen.getByRole('slider', { name: 'Stride' });
    expect(slider.getAttribute('type')).toBe('range');
    expect(slider.getAttribute('min')).toBe('1');
    expect(slider.getAttribute('max')).toBe('4');
    expect(slider.getAttribute('step')).toBe('1');
    expect(slider).toHaveProperty('value', '2');
  });

  it('speaks and shows the value text', () => {
    const { container } = render(
      <Slider label="Stride" value={3} min={1} max={4} onChange={() => {}} valueText={stride} />,
    );
    expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('stride 3');
    const output = container.querySelector('output');
    expect(output?.textContent).toBe('stride 3');
    expect(output?.getAttribute('aria-hidden')).toBe('true');
  });

  it('passes the new value on as a number', () => {
    const onChange = vi.fn();
    render(<Slider label="Stride" value={2} min={1} max={4} onChange={onChange} valueText={stride} />);
    fireEvent.change(screen.getByRole('slider'), { target: { value: '3' } });
    expect(onChange).toHaveBeenCalledWith(3);
    expect(typeof onChange.mock.calls[0]?.[0]).toBe('number');
  });

  // ArrowRight on a native range input makes the browser fire a change event with the next value
  it('updates its value text after a keyboard step, when its parent keeps the value', () => {
    function Parent() {
      const [value, setValue] = useState(1);
      return <Slider label="Stride" value={value} min={1} max={4} onChange={setValue} valueText={stride} />;
    }
    render(<Parent />);
    const slider = screen.getByRole('slider');
    fireEvent.change(slider, { target: { value: '2' } });
    expect(slider.getAttribute('aria-valuetext')).toBe('stride 2');
    expect(slider).toHaveProperty('value', '2');
  });

  it('can be disabled', () => {
    render(
      <Slider label="Stride" value={2} min={1} max={4} onChange={() => {}} valueText={stride} disabled />,
    );
    expect(screen.getByRole('slider')).toHaveProperty('disabled', true);
  });

  it('gives each slider its own label', () => {
    render(
      <>
        <Slider label="A" value={1} min={0} max={2} onChange={() => {}} valueText={String} />
        <Slider label="B" value={2} min={0} max={2} onChange={() => {}} valueText={String} />
      </>,
    );
    expect(screen.getByRole('slider', { name: 'A' })).toHaveProperty('value', '1');
    expect(screen.getByRole('slider', { name: 'B' })).toHaveProperty('value', '2');
  });
});

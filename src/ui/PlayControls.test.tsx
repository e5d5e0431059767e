// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlayControls } from './PlayControls';

type Props = Parameters<typeof PlayControls>[0];

const setup = (overrides: Partial<Props> = {}) => {
  const props: Props = {
    playing: false,
    onPlayingChange: vi.fn(),
    onStep: vi.fn(),
    onReset: vi.fn(),
    speed: 4,
    onSpeedChange: vi.fn(),
    canStepBack: true,
    canStepForward: true,
    ...overrides,
  };
  const view = render(<PlayControls {...props} />);
  return { props, rerender: (next: Partial<Props>) => view.rerender(<PlayControls {...props} {...next} />) };
};

afterEach(() => {
  vi.useRealTimers();
});

describe('PlayControls', () => {
  it('steps back, forward and resets from its labelled buttons', () => {
    const { props } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Step back' }));
    fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(props.onStep).toHaveBeenNthCalledWith(1, -1);
    expect(props.onStep).toHaveBeenNthCalledWith(2, 1);
    expect(props.onReset).toHaveBeenCalledTimes(1);
  });

  it('toggles play and pause', () => {
    const { props, rerender } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(props.onPlayingChange).toHaveBeenCalledWith(true);
    rerender({ playing: true });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(props.onPlayingChange).toHaveBeenLastCalledWith(false);
  });

  it('disables the steps it cannot take', () => {
    setup({ canStepBack: false, canStepForward: false });
    expect(screen.getByRole('button', { name: 'Step back' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Step forward' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Play' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Reset' })).toHaveProperty('disabled', false);
  });

  it('steps forward speed times a second while playing, and stops on pause', () => {
    vi.useFakeTimers();
    const { props, rerender } = setup({ playing: true, speed: 4 });
    act(() => vi.advanceTimersByTime(1000));
    expect(props.onStep).toHaveBeenCalledTimes(4);
    expect(props.onStep).toHaveBeenCalledWith(1);
    rerender({ playing: true, speed: 10 });
    act(() => vi.advanceTimersByTime(1000));
    expect(props.onStep).toHaveBeenCalledTimes(14);
    rerender({ playing: false, speed: 10 });
    act(() => vi.advanceTimersByTime(5000));
    expect(props.onStep).toHaveBeenCalledTimes(14);
  });

  it('always calls the latest onStep', () => {
    vi.useFakeTimers();
    const { props, rerender } = setup({ playing: true, speed: 1 });
    const next = vi.fn();
    rerender({ playing: true, speed: 1, onStep: next });
    act(() => vi.advanceTimersByTime(1000));
    expect(props.onStep).not.toHaveBeenCalled();
    expect(next).toHaveBeenCalledWith(1);
  });

  it('pauses itself when it cannot step forward any more', () => {
    const { props } = setup({ playing: true, canStepForward: false });
    expect(props.onPlayingChange).toHaveBeenCalledWith(false);
  });

  it('has a speed slider from 1 to 20 with a spoken value', () => {
    const { props } = setup({ speed: 4 });
    const slider = screen.getByRole('slider', { name: 'Speed' });
    expect(slider.getAttribute('aria-valuetext')).toBe('4 steps per second');
    expect(slider.getAttribute('min')).toBe('1');
    expect(slider.getAttribute('max')).toBe('20');
    fireEvent.change(slider, { target: { value: '8' } });
    expect(props.onSpeedChange).toHaveBeenCalledWith(8);
  });
});

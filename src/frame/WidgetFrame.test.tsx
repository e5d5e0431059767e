// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ComponentType } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStrings } from '../i18n';
import { defineWidget, type WidgetLoader } from './define-widget';
import { intField } from './schema';
import { useUrlState } from './url-state';
import { TURN_MS } from './start-queue';
import { WidgetFrame } from './WidgetFrame';
import { useReadyWhen } from './WidgetContext';

const TITLE = 'A live 1-D convolution';
const PLACEHOLDER = /^Interactive figure: a signal, a kernel/;

const meta = {
  title: TITLE,
  description: 'a signal, a kernel and the output they make.',
  height: { narrow: 160, wide: 120 },
};
const counterSchema = { n: intField(5, 0, 10), k: intField(1, 0, 10) };
const definitionOf = (component: ComponentType<object>) =>
  defineWidget({
    component,
    strings: useStrings,
    title: 'gallery',
    description: 'galleryIntro',
    height: meta.height,
    schema: counterSchema,
    presets: [{ name: 'high', title: 'gallery', state: { n: 9 } }],
  });
/** A widget tag as content would use it, loading its definition with `load`. */
const widgetOf =
  (load: WidgetLoader) =>
  ({ id, preset }: { id: string; preset?: string }) => (
    <WidgetFrame id={id} load={load} meta={meta} props={{}} preset={preset} />
  );
const loaded = (component: ComponentType<object>) => () =>
  Promise.resolve({ default: definitionOf(component) });
const frameOf = (id: string) => document.querySelector(`section[data-widget="${id}"]`) as HTMLElement;

/** A counter that says it is ready at once, as a widget does once it shows real results. */
function ReadyCounter() {
  useReadyWhen(true);
  return <Counter />;
}

function Counter() {
  const [{ n, k }, update] = useUrlState(counterSchema);
  return (
    <div>
      <p>
        n={n} k={k}
      </p>
      <button type="button" onClick={() => update({ n: n + 1 })}>
        more n
      </button>
    </div>
  );
}

beforeEach(() => {
  history.replaceState(null, '', '/');
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('WidgetFrame', () => {
  it('shows the placeholder first, then the widget', async () => {
    const Demo = widgetOf(loaded(() => <p>the widget itself</p>));
    render(<Demo id="demo" />);
    expect(screen.getByText(PLACEHOLDER)).toBeTruthy();
    expect(screen.queryByText('the widget itself')).toBeNull();
    expect(await screen.findByText('the widget itself')).toBeTruthy();
    expect(screen.queryByText(PLACEHOLDER)).toBeNull();
    const frame = frameOf('demo');
    expect(frame.id).toBe('widget-demo');
    expect(document.getElementById(frame.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(TITLE);
    expect(frame.getAttribute('data-ready')).toBe('false');
  });

  it('shows an error card for a widget that throws, keeps the page around it, and resets it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let broken = true;
    function Fragile() {
      if (broken) throw new Error('the kernel exploded');
      return <p>working again</p>;
    }
    const load = vi.fn(loaded(Fragile));
    const Demo = widgetOf(load);
    render(
      <>
        <p>text outside the figure</p>
        <Demo id="demo" />
      </>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This figure stopped working.');
    expect(alert.textContent).toContain('the kernel exploded');
    expect(screen.getByText('text outside the figure')).toBeTruthy();
    expect(frameOf('demo').contains(alert)).toBe(true);

    broken = false;
    // the reset suspends on the reloaded code: the click's act must be awaited for React to retry
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Reset figure' }));
    });
    expect(await screen.findByText('working again')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.getByText('text outside the figure')).toBeTruthy();
    expect(frameOf('demo').getAttribute('data-ready')).toBe('false');
    error.mockRestore();
  });

  it('shows an error card when the widget’s code fails to load', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const Demo = widgetOf(() => Promise.reject(new Error('the chunk did not download')));
    render(<Demo id="demo" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('the chunk did not download');
    expect(screen.getByRole('button', { name: 'Reset figure' })).toBeTruthy();
    error.mockRestore();
  });

  it('reads its state from the URL, falling back field by field, and writes changes back in place', async () => {
    history.replaceState(null, '', '/?demo.n=abc&demo.k=2&other.n=7');
    const lengthBefore = history.length;
    const replace = vi.spyOn(history, 'replaceState');
    const push = vi.spyOn(history, 'pushState');
    const Demo = widgetOf(loaded(Counter));
    const user = userEvent.setup();
    render(<Demo id="demo" />);
    expect(await screen.findByText('n=5 k=2')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'more n' }));
    expect(screen.getByText('n=6 k=2')).toBeTruthy();
    await waitFor(() => expect(new URLSearchParams(location.search).get('demo.n')).toBe('6'), {
      timeout: 1000,
    });
    const params = new URLSearchParams(location.search);
    expect(params.get('demo.k')).toBe('2');
    expect(params.get('other.n')).toBe('7');
    expect(replace).toHaveBeenCalled();
    expect(push).not.toHaveBeenCalled();
    expect(history.length).toBe(lengthBefore);
  });

  it('does not write to the URL at once while the state keeps changing', async () => {
    const replace = vi.spyOn(history, 'replaceState');
    const Demo = widgetOf(loaded(Counter));
    render(<Demo id="demo" />);
    await screen.findByText('n=5 k=1');
    expect(location.search).toBe('');
    // fake timers from here: on a busy machine real time between two clicks may pass the write delay
    vi.useFakeTimers();
    fireEvent.click(screen.getByRole('button', { name: 'more n' }));
    await act(() => vi.advanceTimersByTimeAsync(200));
    fireEvent.click(screen.getByRole('button', { name: 'more n' }));
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(replace).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(new URLSearchParams(location.search).get('demo.n')).toBe('7');
    expect(replace).toHaveBeenCalledTimes(1);
  });

  it('copies a link with only this widget’s state, to this widget, and says so', async () => {
    history.replaceState(null, '', '/?demo.k=3&other.n=7&theme=dark');
    const writeText = vi.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const Demo = widgetOf(loaded(Counter));
    render(<Demo id="demo" />);
    await screen.findByText('n=5 k=3');
    fireEvent.click(screen.getByRole('button', { name: /more n/ }));
    fireEvent.click(screen.getByRole('button', { name: /Copy link to this state/ }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Link copied. It opens this figure exactly as it is now.',
      ),
    );
    expect(writeText).toHaveBeenCalledTimes(1);
    const link = new URL(writeText.mock.calls[0]?.[0] as string);
    expect(link.hash).toBe('#widget-demo');
    expect(Object.fromEntries(link.searchParams)).toEqual({ 'demo.k': '3', 'demo.n': '6' });
    expect(link.pathname).toBe('/');
    expect(screen.getByDisplayValue(link.toString())).toHaveProperty('readOnly', true);
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    const writeText = vi.fn(() => Promise.reject(new Error('denied')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const Demo = widgetOf(loaded(() => <p>plain</p>));
    render(<Demo id="demo" />);
    await screen.findByText('plain');
    fireEvent.click(screen.getByRole('button', { name: /Copy link to this state/ }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copy this link:'));
    const input = document.querySelector<HTMLInputElement>('input[data-share-link]');
    expect(input?.value.endsWith('/#widget-demo')).toBe(true);
  });

  it('sets data-ready once the widget says it is ready', async () => {
    function Slow() {
      const [done, setDone] = useState(false);
      useReadyWhen(done);
      return (
        <button type="button" onClick={() => setDone(true)}>
          finish
        </button>
      );
    }
    const Demo = widgetOf(loaded(Slow));
    const user = userEvent.setup();
    render(<Demo id="demo" />);
    const finish = await screen.findByRole('button', { name: 'finish' });
    expect(frameOf('demo').getAttribute('data-ready')).toBe('false');
    await user.click(finish);
    await waitFor(() => expect(frameOf('demo').getAttribute('data-ready')).toBe('true'));
  });

  it('keeps two widgets on a page apart', async () => {
    history.replaceState(null, '', '/?a.n=1&b.n=2');
    const A = widgetOf(loaded(ReadyCounter));
    const B = widgetOf(loaded(ReadyCounter));
    render(
      <>
        <A id="a" />
        <B id="b" />
      </>,
    );
    expect(await screen.findByText('n=1 k=1')).toBeTruthy();
    expect(await screen.findByText('n=2 k=1')).toBeTruthy();
    expect(frameOf('a').id).toBe('widget-a');
    expect(frameOf('b').id).toBe('widget-b');
  });

  it('starts widgets one at a time: the next once the first is ready, or after its turn ran out', async () => {
    vi.useFakeTimers();
    try {
      const Waits = widgetOf(loaded(() => <p>never ready</p>));
      const Next = widgetOf(loaded(() => <p>the next one</p>));
      render(
        <>
          <Waits id="a" />
          <Next id="b" />
        </>,
      );
      await act(() => vi.advanceTimersByTimeAsync(10));
      expect(screen.getByText('never ready')).toBeTruthy();
      expect(screen.queryByText('the next one')).toBeNull();
      await act(() => vi.advanceTimersByTimeAsync(TURN_MS));
      expect(screen.getByText('the next one')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});

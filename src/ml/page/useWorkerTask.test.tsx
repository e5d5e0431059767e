// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Port, TaskEvent, TaskRequest } from '../protocol/messages';
import type { ReaderTasks } from '../protocol/reader-task-map';
import { taskWorker } from './task-worker';
import { useWorkerTask } from './useWorkerTask';

/** The worker's end of the line, played by the test: it records requests and sends events. */
class FakeWorker implements Port {
  readonly sent: TaskRequest[] = [];
  readonly terminate = vi.fn();
  private readonly listeners = new Set<(event: MessageEvent) => void>();
  postMessage(message: unknown) {
    this.sent.push(message as TaskRequest);
  }
  addEventListener(_: 'message', listener: (event: MessageEvent) => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_: 'message', listener: (event: MessageEvent) => void) {
    this.listeners.delete(listener);
  }
  send(event: TaskEvent) {
    act(() => this.listeners.forEach((listener) => listener(new MessageEvent('message', { data: event }))));
  }
  /** the run id of the nth start request */
  runId(n = 0) {
    return this.sent.filter((r) => r.type === 'start')[n]?.runId as number;
  }
}

const config = {
  signal: [1, 2, 3],
  target: [1, 2, 3],
  kernelSize: 1,
  padding: 'same' as const,
  steps: 10,
  learningRate: 0.1,
};
const result = { kernel: [1], loss: 0, steps: 10 };
const progress = (runId: number, step: number) =>
  ({ type: 'progress', runId, step, metrics: { loss: 1 / step }, snapshot: [step] }) as const;

/** renders the hook on fit-kernel with a fake worker, started only when the hook asks */
function setUp() {
  const workers: FakeWorker[] = [];
  const startWorker = vi.fn(() => {
    const fake = new FakeWorker();
    workers.push(fake);
    return taskWorker<ReaderTasks>(fake);
  });
  const hook = renderHook(() => useWorkerTask(startWorker, 'fit-kernel'));
  return { hook, workers, startWorker };
}

/** lets a settled run's promise reach the hook */
const settle = () => act(() => Promise.resolve());

describe('useWorkerTask', () => {
  it('starts the worker on the first run, relays progress, then holds the result', async () => {
    const { hook, workers, startWorker } = setUp();
    expect(hook.result.current.status).toBe('idle');
    expect(startWorker).not.toHaveBeenCalled();

    const onProgress = vi.fn();
    const onOutcome = vi.fn();
    act(() => hook.result.current.start(config, { onProgress, onOutcome }));
    const worker = workers[0] as FakeWorker;
    expect(worker.sent).toEqual([{ type: 'start', runId: worker.runId(), task: 'fit-kernel', config }]);
    expect(hook.result.current).toMatchObject({ status: 'running', progress: undefined });

    worker.send(progress(worker.runId(), 5));
    expect(hook.result.current).toMatchObject({ status: 'running', progress: { step: 5, snapshot: [5] } });
    expect(onProgress).toHaveBeenCalledWith(expect.objectContaining({ step: 5, metrics: { loss: 0.2 } }));

    worker.send({ type: 'result', runId: worker.runId(), result, stopped: false, backend: 'cpu' });
    await settle();
    expect(hook.result.current).toMatchObject({ status: 'done', result, backend: 'cpu' });
    expect(onOutcome).toHaveBeenCalledWith({ result, stopped: false, backend: 'cpu' });

    act(() => hook.result.current.start(config));
    expect(startWorker).toHaveBeenCalledTimes(1);
  });

  it('asks the run to stop and ends as stopped, with what it reached', async () => {
    const { hook, workers } = setUp();
    act(() => hook.result.current.start(config));
    const worker = workers[0] as FakeWorker;
    act(() => hook.result.current.stop());
    expect(worker.sent.at(-1)).toEqual({ type: 'stop', runId: worker.runId() });
    worker.send({ type: 'result', runId: worker.runId(), result, stopped: true, backend: 'wasm' });
    await settle();
    expect(hook.result.current).toMatchObject({ status: 'stopped', result, backend: 'wasm' });
  });

  it('says what went wrong', async () => {
    const { hook, workers } = setUp();
    act(() => hook.result.current.start(config));
    const worker = workers[0] as FakeWorker;
    worker.send({ type: 'error', runId: worker.runId(), message: 'fit-kernel needs a kernel size ≥ 1' });
    await settle();
    expect(hook.result.current).toMatchObject({
      status: 'error',
      message: 'fit-kernel needs a kernel size ≥ 1',
    });
  });

  it('ignores a replaced run: it is stopped, and its late messages change nothing', async () => {
    const { hook, workers } = setUp();
    const first = vi.fn();
    act(() => hook.result.current.start(config, { onProgress: first }));
    act(() => hook.result.current.start(config));
    const worker = workers[0] as FakeWorker;
    const [old, now] = [worker.runId(0), worker.runId(1)];
    expect(worker.sent).toContainEqual({ type: 'stop', runId: old });

    worker.send(progress(old, 10));
    worker.send({ type: 'result', runId: old, result, stopped: true, backend: 'cpu' });
    await settle();
    expect(first).not.toHaveBeenCalled();
    expect(hook.result.current).toMatchObject({ status: 'running', progress: undefined });

    worker.send(progress(now, 1));
    expect(hook.result.current).toMatchObject({ status: 'running', progress: { runId: now, step: 1 } });
  });

  it('ends the worker with the component, and a run still going changes nothing after', async () => {
    const { hook, workers } = setUp();
    const onOutcome = vi.fn();
    act(() => hook.result.current.start(config, { onOutcome }));
    const worker = workers[0] as FakeWorker;
    hook.unmount();
    expect(worker.terminate).toHaveBeenCalledTimes(1);
    worker.send({ type: 'result', runId: worker.runId(), result, stopped: false, backend: 'cpu' });
    await settle();
    expect(onOutcome).not.toHaveBeenCalled();
  });
});

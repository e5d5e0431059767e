import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FitKernelConfig } from '../../models/fit-kernel';
import { referenceConv1d } from '../../models/reference/conv1d';
import { makeSignal } from '../../models/signals';
import { TaskClient } from '../page/task-client';
import type { Port, ProgressEvent } from '../protocol/messages';
import { PROGRESS_EVERY, type ReaderTasks } from '../protocol/reader-task-map';
import { readerTasks } from './reader-tasks';
import { serveTasks } from './serve-tasks';

type Progress = ProgressEvent<ReaderTasks['fit-kernel']>;

const signal = makeSignal('sine', 48, 7);
const config = (overrides: Partial<FitKernelConfig> = {}): FitKernelConfig => ({
  signal,
  target: referenceConv1d(signal, [-1, 0, 1], 'same'),
  kernelSize: 3,
  padding: 'same',
  steps: 400,
  learningRate: 0.05,
  ...overrides,
});

let channel: MessageChannel;
let client: TaskClient<ReaderTasks>;

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
  channel = new MessageChannel();
  serveTasks(
    channel.port1 as unknown as Port,
    readerTasks({ inference: async () => tf, core: async () => tf, candidates: [] }),
    () => 'cpu',
  );
  client = new TaskClient<ReaderTasks>(channel.port2 as unknown as Port);
});

afterAll(() => {
  client.dispose();
  channel.port1.close();
  channel.port2.close();
});

describe('the training protocol over a MessageChannel', () => {
  // the first run loads TF.js's gradient functions, a large module to transform: allow it time
  it('relays progress with increasing steps and a loss, then the learned kernel', async () => {
    const progress: Progress[] = [];
    const run = client.run('fit-kernel', config(), (event) => progress.push(event));
    const { result, stopped, backend } = await run.result;
    expect(stopped).toBe(false);
    expect(backend).toBe('cpu');
    expect(result.steps).toBeGreaterThan(1);
    result.kernel.forEach((w, j) => expect(w).toBeCloseTo([-1, 0, 1][j] as number, 1));

    expect(progress.length).toBeGreaterThan(2);
    expect(progress[0]?.step).toBe(1);
    progress.forEach((event, i) => {
      expect(event.type).toBe('progress');
      expect(Number.isFinite(event.metrics.loss)).toBe(true);
      expect(event.snapshot).toHaveLength(3);
      if (i > 0) {
        expect(event.step).toBeGreaterThan(progress[i - 1]?.step as number);
        expect(event.step % PROGRESS_EVERY).toBe(0);
      }
    });
    expect(progress.at(-1)?.step).toBeLessThanOrEqual(result.steps);
  }, 30_000);

  it('stops mid-run and answers with what it reached', async () => {
    let stopAsked = false;
    const progress: number[] = [];
    const run = client.run('fit-kernel', config({ steps: 100000 }), (event) => {
      progress.push(event.step);
      if (event.step >= 10 && !stopAsked) {
        stopAsked = true;
        run.stop();
      }
    });
    const { result, stopped } = await run.result;
    expect(stopped).toBe(true);
    expect(result.steps).toBeGreaterThanOrEqual(10);
    expect(result.steps).toBeLessThan(100);
    expect(result.steps).toBeGreaterThanOrEqual(progress.at(-1) as number);
    expect(result.kernel).toHaveLength(3);
    expect(Number.isFinite(result.loss)).toBe(true);
  });

  it('rejects an unknown task', async () => {
    // a name outside the map does not typecheck; an old page or a typo in a script can still send one
    await expect(client.run('no-such-task' as 'fit-kernel', config()).result).rejects.toThrow(
      'unknown task "no-such-task"',
    );
  });

  it('rejects a bad config with the validation message', async () => {
    await expect(client.run('fit-kernel', config({ kernelSize: 0 })).result).rejects.toThrow(
      'fit-kernel needs a kernel size ≥ 1',
    );
    await expect(client.run('fit-kernel', { ...config(), target: [1, 2] }).result).rejects.toThrow(
      'fit-kernel target must have 48 values',
    );
  });

  it('keeps two runs in sequence apart', async () => {
    const first: Progress[] = [];
    const second: Progress[] = [];
    const a = await client.run('fit-kernel', config({ steps: 20 }), (event) => first.push(event)).result;
    // a late message of the finished first run must not reach the second
    const late = first[0]?.runId as number;
    channel.port1.postMessage({ type: 'progress', runId: late, step: 999, metrics: { loss: 1 } });
    channel.port1.postMessage({ type: 'result', runId: late, result: null, stopped: true, backend: 'cpu' });
    const b = await client.run(
      'fit-kernel',
      config({ steps: 30, kernelSize: 5, target: referenceConv1d(signal, [1, 1, 1, 1, 1], 'same') }),
      (event) => second.push(event),
    ).result;
    expect(a.result.steps).toBe(20);
    expect(b.result.steps).toBe(30);
    expect(a.result.kernel).toHaveLength(3);
    expect(b.result.kernel).toHaveLength(5);
    expect(first.map((e) => e.step)).toEqual([1, 5, 10, 15, 20]);
    expect(second.map((e) => e.step)).toEqual([1, 5, 10, 15, 20, 25, 30]);
    expect(new Set(first.map((e) => e.runId)).size).toBe(1);
    expect(new Set(second.map((e) => e.runId)).size).toBe(1);
    expect(first[0]?.runId).not.toBe(second[0]?.runId);
    second.forEach((e) => expect(e.snapshot).toHaveLength(5));
    expect(first).toHaveLength(5);
  });
});

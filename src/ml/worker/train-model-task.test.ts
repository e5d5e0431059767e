// @vitest-environment node
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaskClient } from '../page/task-client';
import type { Port, ProgressEvent } from '../protocol/messages';
import type { ReaderTasks, TrainModelConfig } from '../protocol/reader-task-map';
import type { BackendCandidate, Trial } from '../types';
import { registerWasmTrainingKernels } from '../wasm-training/register';
import { readerTasks } from './reader-tasks';
import { serveTasks } from './serve-tasks';

type Progress = ProgressEvent<ReaderTasks['train-model']>;

/** Node offers wasm and cpu, as a browser without a GPU does */
const nodeBackends: BackendCandidate[] = [
  {
    name: 'wasm',
    offered: () => true,
    register: async () => {
      await import('@tensorflow/tfjs-backend-wasm');
    },
  },
  { name: 'cpu', offered: () => true, register: async () => {} },
];

const config = (overrides: Partial<TrainModelConfig> = {}): TrainModelConfig => ({
  model: 'reference-cnn',
  seed: 5,
  samples: 96,
  batchSize: 32,
  learningRate: 0.005,
  steps: 6,
  ...overrides,
});

let channel: MessageChannel;
let client: TaskClient<ReaderTasks>;

beforeAll(() => {
  channel = new MessageChannel();
  serveTasks(
    channel.port1 as unknown as Port,
    readerTasks({ inference: async () => tf, core: async () => tf, candidates: nodeBackends }),
    () => tf.getBackend(),
  );
  client = new TaskClient<ReaderTasks>(channel.port2 as unknown as Port);
});

afterAll(() => {
  client.dispose();
  channel.port1.close();
  channel.port2.close();
});

const train = (c: TrainModelConfig, onProgress?: (event: Progress) => void) =>
  client.run('train-model', c, onProgress).result;

describe('the train-model task', () => {
  it('times a real training step on every backend offered and trains on the fastest', async () => {
    const progress: Progress[] = [];
    const { result, backend } = await train(config(), (event) => progress.push(event));
    const first = progress[0]?.snapshot;
    const trials = first && 'trials' in first ? first.trials : [];
    expect(trials.map((t) => t.name).sort()).toEqual(['cpu', 'wasm']);
    const ms = (trial: Trial) => ('ms' in trial ? trial.ms : Infinity);
    const fastest = [...trials].sort((a, b) => ms(a) - ms(b))[0]?.name;
    expect(backend).toBe(fastest);
    expect(result.losses).toHaveLength(6);
    expect(result.leakedTensors).toBe(0);
  }, 120_000);

  it('gives the same losses for the same seed and backend, and others for another seed', async () => {
    const wasm = { preferred: 'wasm' } as const;
    const first = await train(config(wasm));
    const again = await train(config(wasm));
    const other = await train(config({ ...wasm, seed: 6 }));
    expect(again.result.losses).toEqual(first.result.losses);
    expect(other.result.losses).not.toEqual(first.result.losses);
  }, 120_000);

  it('falls back to the next backend when one fails mid-run, says so, and goes on from saved weights', async () => {
    // wasm loses a kernel after the run has started: its next conv gradient throws
    const progress: Progress[] = [];
    const run = train(config({ steps: 12, preferred: 'wasm', seed: 9 }), (event) => {
      progress.push(event);
      if (event.step === 5 && tf.getBackend() === 'wasm') tf.unregisterKernel('Conv2DBackpropFilter', 'wasm');
    });
    const { result, backend } = await run;
    expect(backend).toBe('cpu');
    expect(result.losses).toHaveLength(12);
    expect(result.fallbacks).toEqual([
      expect.objectContaining({
        from: 'wasm',
        to: 'cpu',
        resumedFrom: 5,
        reason: expect.stringMatching(/Conv2DBackpropFilter/),
      }),
    ]);
    const notice = progress.find((p) => 'fallback' in p.snapshot);
    expect(notice?.step).toBe(5);
    // resumed from trained weights, not from the start: the loss stays below the first step's
    expect(result.losses[5]).toBeLessThan(result.losses[0] as number);
    registerWasmTrainingKernels(tf);
  }, 180_000);

  it('rejects a bad config with a message that names the problem', async () => {
    await expect(train(config({ model: 'vgg' as never }))).rejects.toThrow(/needs a model/);
    await expect(train(config({ steps: 0 }))).rejects.toThrow(/steps/);
    await expect(train(config({ preferred: 'tpu' as never }))).rejects.toThrow(/unknown backend/);
  });

  it('stops when asked, with the losses so far', async () => {
    const run = client.run('train-model', config({ steps: 1000, preferred: 'wasm' }), (event) => {
      if (event.step >= 5) run.stop();
    });
    const { result, stopped } = await run.result;
    expect(stopped).toBe(true);
    expect(result.losses.length).toBeLessThan(1000);
  }, 120_000);
});

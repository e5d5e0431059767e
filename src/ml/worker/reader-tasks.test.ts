import { describe, expect, it } from 'vitest';
import type { FitKernelResult } from '../../models/fit-kernel';
import type { TaskClient } from '../page/task-client';
import type { ReaderTasks, TrainRunResult } from '../protocol/reader-task-map';
import type { TaskImplementations } from '../protocol/task-map';
import { readerTasks } from './reader-tasks';

// These cases are checked by `npm run typecheck`: each @ts-expect-error fails it if the line compiles.
const tasks = readerTasks({
  inference: async () => Promise.reject(),
  core: async () => Promise.reject(),
  candidates: [],
});

describe('the task map', () => {
  it('holds the worker to each task’s result type and to every task', () => {
    const wrongResult: TaskImplementations<ReaderTasks> = {
      ...tasks,
      // @ts-expect-error fit-kernel answers a FitKernelResult, not a number
      'fit-kernel': async () => 1,
    };
    // @ts-expect-error train-model is missing
    const missing: TaskImplementations<ReaderTasks> = { 'fit-kernel': tasks['fit-kernel'] };
    expect(Object.keys(wrongResult)).toEqual(['fit-kernel', 'train-model']);
    expect(Object.keys(missing)).toEqual(['fit-kernel']);
  });

  it('types a client’s run by the task’s name: its config, progress and result', () => {
    const typed = (client: TaskClient<ReaderTasks>) => {
      // @ts-expect-error fit-kernel takes a FitKernelConfig
      client.run('fit-kernel', { model: 'reference-cnn' });
      // @ts-expect-error no such task in the map
      client.run('matmul-peak', {});
      const run = client.run('train-model', {} as ReaderTasks['train-model']['config'], (event) => {
        const backend: string = event.snapshot.backend;
        // @ts-expect-error train-model's snapshot has no kernel
        return [backend, event.snapshot.kernel];
      });
      return run.result.then(({ result }) => {
        const losses: TrainRunResult['losses'] = result.losses;
        // @ts-expect-error a train-model result is not a fit-kernel result
        const kernel: FitKernelResult = result;
        return [losses, kernel];
      });
    };
    expect(typed).toBeTypeOf('function');
  });
});

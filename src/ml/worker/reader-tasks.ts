import type { ReaderTasks } from '../protocol/reader-task-map';
import type { TaskImplementations } from '../protocol/task-map';
import type { Tf } from '../types';
import { fitKernelTask } from './fit-kernel-task';
import { trainModelTask, type TrainingRuntime } from './train-model-task';

export interface TaskRuntime extends TrainingRuntime {
  /** TF.js on the backend chosen for inference (small widgets' tasks) */
  inference(): Promise<Tf>;
}

/** The tasks of the reader's worker, by name. Each checks its config before it touches TF.js. */
export function readerTasks(runtime: TaskRuntime): TaskImplementations<ReaderTasks> {
  return {
    'fit-kernel': fitKernelTask(runtime.inference),
    'train-model': trainModelTask(runtime),
  };
}

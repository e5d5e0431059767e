import type { Port } from '../protocol/messages';
import type { TaskMap } from '../protocol/task-map';
import { TaskClient } from './task-client';

/** A worker that runs the tasks of `T`, as a widget holds it: start runs, and end it on unmount. */
export type TaskWorker<T extends TaskMap<T>> = Pick<TaskClient<T>, 'run'> & { terminate(): void };

/** Wraps a started worker (or a test's fake of one) in a typed client; `terminate` closes both. */
export function taskWorker<T extends TaskMap<T>>(worker: Port & { terminate(): void }): TaskWorker<T> {
  const client = new TaskClient<T>(worker);
  return {
    run: (task, config, onProgress) => client.run(task, config, onProgress),
    terminate: () => {
      client.dispose();
      worker.terminate();
    },
  };
}

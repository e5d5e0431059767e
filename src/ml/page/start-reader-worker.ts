import type { ReaderTasks } from '../protocol/reader-task-map';
import { taskWorker, type TaskWorker } from './task-worker';

/** The reader's worker (ReaderTasks) for one widget; call `terminate` when the widget unmounts. */
export function startReaderWorker(): TaskWorker<ReaderTasks> {
  return taskWorker(
    new Worker(new URL('../worker/reader-worker-entry.ts', import.meta.url), { type: 'module' }),
  );
}

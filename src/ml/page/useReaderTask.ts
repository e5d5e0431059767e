import type { ReaderTasks } from '../protocol/reader-task-map';
import { startReaderWorker } from './start-reader-worker';
import { useWorkerTask, type WorkerTask } from './useWorkerTask';

/** `useWorkerTask` on the reader's worker: how a widget runs one of ReaderTasks, e.g. useReaderTask('fit-kernel'). */
export function useReaderTask<K extends keyof ReaderTasks>(task: K): WorkerTask<ReaderTasks[K]> {
  return useWorkerTask(startReaderWorker, task);
}

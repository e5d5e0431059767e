import { taskWorker, type TaskWorker } from '../page/task-worker';
import type { BenchTasks } from './bench-task-map';

/** The bench's worker (BenchTasks), as a page of the training benchmark starts it. */
export function startBenchWorker(): TaskWorker<BenchTasks> {
  return taskWorker(new Worker(new URL('./bench-worker-entry.ts', import.meta.url), { type: 'module' }));
}

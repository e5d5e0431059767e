// The bench's worker: the reader's train-model with the bench's options, and matmul-peak (BenchTasks),
// kept out of the reader's worker. Started by bench/start-bench-worker.
import type { Port } from '../protocol/messages';
import { browserBackends } from '../tf/backends';
import type { Tf } from '../types';
import { serveTasks } from '../worker/serve-tasks';
import { benchTasks } from './bench-tasks';

let tf: Tf | undefined;

serveTasks(
  self as unknown as Port,
  benchTasks({ core: async () => (tf = await import('@tensorflow/tfjs-core')), candidates: browserBackends }),
  () => tf?.getBackend() ?? 'starting',
);

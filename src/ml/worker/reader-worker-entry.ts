// The reader's worker: the tasks the book's widgets run (ReaderTasks), started by page/start-reader-worker.
import type { Port } from '../protocol/messages';
import { browserBackends } from '../tf/backends';
import { loadTf } from '../tf/load-tf';
import type { Tf, TfRuntime } from '../types';
import { readerTasks } from './reader-tasks';
import { serveTasks } from './serve-tasks';

let tf: Tf | undefined;
let inference: TfRuntime | undefined;

serveTasks(
  self as unknown as Port,
  readerTasks({
    inference: async () => {
      inference = await loadTf();
      tf = inference.tf;
      return tf;
    },
    core: async () => (tf = await import('@tensorflow/tfjs-core')),
    candidates: browserBackends,
  }),
  // the backend a result came from, with wasm's SIMD detail when the inference loader knows it
  () => {
    const name = tf?.getBackend() ?? 'starting';
    return name === inference?.backend ? inference.label : name;
  },
);

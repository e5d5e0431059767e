import { browserBackends } from '../tf/backends';
import { loadTf } from '../tf/load-tf';
import type { Port } from '../protocol/messages';
import { serveTasks } from './serve-tasks';
import { trainingTasks } from './reader-tasks';
import type { Tf, TfRuntime } from '../types';

let tf: Tf | undefined;
let inference: TfRuntime | undefined;

serveTasks(
  self as unknown as Port,
  trainingTasks({
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

import type { TaskImplementations } from '../protocol/task-map';
import { BACKENDS, type BackendName } from '../types';
import { adamFor } from '../wasm-training/fused-adam';
import { restoreStockWasmKernels } from '../wasm-training/register';
import { trainModelTask, type BackendSetup, type TrainingRuntime } from '../worker/train-model-task';
import { bookWasmTraining, type WasmTraining } from '../worker/training-backend';
import type { BenchTasks } from './bench-task-map';
import { matMulPeakGflops } from './training-rows';

/** wasm's own kernels put back and TF.js's Adam: stock TF.js, to compare the book's kernels with */
const stockWasmTraining: WasmTraining = {
  name: 'stock',
  kernels: restoreStockWasmKernels,
  adam: (tf) => adamFor(tf, true),
};

function checkBenchSetup(raw: unknown): BackendSetup {
  const { only, stock } = (raw ?? {}) as { only?: unknown; stock?: unknown };
  const isBackend = (b: unknown) => BACKENDS.includes(b as BackendName);
  if (only !== undefined && !(Array.isArray(only) && only.every(isBackend)))
    throw new Error(`train-model "only" lists backends among ${BACKENDS.join(', ')}`);
  return {
    only: only as BackendName[] | undefined,
    wasm: stock === true ? stockWasmTraining : bookWasmTraining,
  };
}

/** The bench's tasks, by name: in the bench's worker in Chromium, in process in Node. */
export function benchTasks(runtime: TrainingRuntime): TaskImplementations<BenchTasks> {
  return {
    'train-model': trainModelTask(runtime, checkBenchSetup),
    'matmul-peak': async () => matMulPeakGflops(await runtime.core()),
  };
}

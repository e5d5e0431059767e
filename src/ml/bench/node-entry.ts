import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { BackendCandidate, BackendName } from '../types';
import type { ModelName } from '../../models/training/model';
import { benchTasks } from './bench-tasks';
import type { BenchTrainModelConfig } from './bench-task-map';
import { benchRows } from './run-rows';
import type { TrainingRow } from './training-rows';

const nodeBackends: BackendCandidate[] = [
  {
    name: 'wasm',
    offered: () => true,
    register: async () => {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      // bundled, it no longer sits beside its .wasm files
      wasm.setWasmPaths(`${process.cwd()}/node_modules/@tensorflow/tfjs-backend-wasm/dist/`);
    },
  },
  { name: 'cpu', offered: () => true, register: async () => {} },
];

/** The training benchmark in Node: the same train-model task as the bench worker's, run in process. */
export async function benchNode(
  log: (row: TrainingRow) => void,
  { backends = ['wasm', 'cpu'], models }: { backends?: BackendName[]; models?: ModelName[] } = {},
): Promise<TrainingRow[]> {
  const tasks = benchTasks({ core: async () => tf, candidates: nodeBackends });
  const context = { progress: () => {}, shouldStop: () => false };
  const train = async (config: BenchTrainModelConfig) => ({
    result: await tasks['train-model'](config, context),
    longTasks: null,
  });
  const peak = () => tasks['matmul-peak']({}, context);
  return benchRows('node', { backends, models }, train, peak, log);
}

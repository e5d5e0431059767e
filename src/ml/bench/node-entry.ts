import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { BackendCandidate, BackendName } from '../types';
import { registerWasmTrainingKernels } from '../wasm-training/register';
import type { ModelName } from '../../models/training/model';
import { benchTasks } from './bench-tasks';
import type { BenchTrainModelConfig } from './bench-task-map';
import { epochAgreement, type AgreementRow } from './epoch-agreement';
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
  {
    backends = ['wasm', 'cpu'],
    models,
    budgetS,
  }: { backends?: BackendName[]; models?: ModelName[]; budgetS?: number } = {},
): Promise<TrainingRow[]> {
  const tasks = benchTasks({ core: async () => tf, candidates: nodeBackends });
  // a row over its budget is asked to stop: in process, at the end of the step it is in
  let stopping = false;
  let running: Promise<unknown> = Promise.resolve();
  const context = { progress: () => {}, shouldStop: () => stopping };
  const train = async (config: BenchTrainModelConfig) => {
    stopping = false;
    const run = tasks['train-model'](config, context);
    running = run.catch(() => {});
    return { result: await run, longTasks: null };
  };
  const abandon = async () => {
    stopping = true;
    await running;
  };
  const peak = () => tasks['matmul-peak']({}, context);
  return benchRows('node', { backends, models }, { train, abandon }, peak, log, budgetS);
}

/** The cpu-vs-wasm epoch check that was too slow for the unit tests (a minute of cpu training). */
export async function benchAgreement(): Promise<AgreementRow> {
  await import('@tensorflow/tfjs-core/dist/register_all_gradients');
  await nodeBackends[0]?.register();
  await tf.setBackend('wasm');
  registerWasmTrainingKernels(tf);
  return epochAgreement(tf);
}

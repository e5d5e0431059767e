import { checkFitKernelConfig, fitKernel } from '../../models/fit-kernel';
import { checkTrainRunConfig } from '../../models/training/train-config';
import { matMulPeakGflops } from '../bench/training-rows';
import type { Task } from '../protocol/messages';
import { chooseTrainingBackend, trainingCandidates, type TrainingBackend } from './training-backend';
import { trainRun } from './train-run';
import { BACKENDS, type BackendCandidate, type BackendName, type Tf } from '../types';
import { yieldToMessages } from './yield';

/** a task reports progress on its first step and every this many steps after */
export const PROGRESS_EVERY = 5;

/** TF.js with its gradient functions registered: training needs them, inference does not. */
async function withGradients(tf: () => Promise<Tf>): Promise<Tf> {
  const core = await tf();
  await import('@tensorflow/tfjs-core/dist/register_all_gradients');
  return core;
}

export interface TaskRuntime {
  /** TF.js on the backend chosen for inference (small widgets' tasks) */
  inference(): Promise<Tf>;
  /** TF.js without a backend chosen yet */
  core(): Promise<Tf>;
  /** the backends this environment may offer */
  candidates: readonly BackendCandidate[];
}

/** What a page may add to a train-model config: the reader's backend, and (for benchmarks) limits. */
interface BackendRequest {
  /** the reader's override: used if it works */
  preferred?: BackendName;
  /** consider only these backends */
  only?: BackendName[];
  /** wasm without the book's kernels, to compare with stock TF.js */
  stock?: boolean;
}

function checkBackendRequest(raw: unknown): BackendRequest {
  const { preferred, only, stock } = (raw ?? {}) as BackendRequest;
  const isBackend = (b: unknown) => BACKENDS.includes(b as BackendName);
  if (preferred !== undefined && !isBackend(preferred))
    throw new Error(`unknown backend "${String(preferred)}"`);
  if (only !== undefined && !(Array.isArray(only) && only.every(isBackend)))
    throw new Error(`train-model "only" lists backends among ${BACKENDS.join(', ')}`);
  return { preferred, only, stock: stock === true };
}

/** The training tasks a worker can run, by name. Each validates its config before it touches TF.js. */
export function trainingTasks(runtime: TaskRuntime): Record<string, Task> {
  // the backend chosen for each model (and request), kept while the worker lives
  const chosen = new Map<string, TrainingBackend>();
  return {
    'fit-kernel': async (raw, context) => {
      const config = checkFitKernelConfig(raw);
      return fitKernel(await withGradients(runtime.inference), config, async (step, loss, kernel) => {
        if (step % PROGRESS_EVERY === 0 || step === 1) {
          context.progress(step, { loss }, kernel);
          // cpu and wasm never leave the task on their own: let a "stop" message in
          await yieldToMessages();
        }
        return !context.shouldStop();
      });
    },
    'train-model': async (raw, context) => {
      const config = checkTrainRunConfig(raw);
      const request = checkBackendRequest(raw);
      const tf = await withGradients(runtime.core);
      const key = JSON.stringify([config.model, request]);
      let choice = chosen.get(key);
      if (!choice) {
        const candidates = trainingCandidates(tf, runtime.candidates, request.stock).filter(
          (c) => !request.only || request.only.includes(c.name),
        );
        choice = await chooseTrainingBackend(tf, candidates, config.model, request);
        chosen.set(key, choice);
      }
      if (tf.getBackend() !== choice.backend) await tf.setBackend(choice.backend);
      context.progress(0, {}, { backend: choice.backend, trials: choice.trials });
      return trainRun(tf, config, choice.fallbacks, context, { stock: request.stock });
    },
    /** the current backend's matMul GFLOP/s, the yardstick of the training benchmarks */
    'matmul-peak': async () => matMulPeakGflops(await runtime.core()),
  };
}

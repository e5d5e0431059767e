import { checkFitKernelConfig, fitKernel } from '../models/fit-kernel';
import type { Task } from './protocol';
import { yieldToMessages } from './yield';
import type { Tf } from './types';

/** a task reports progress on its first step and every this many steps after */
export const PROGRESS_EVERY = 5;

/** TF.js with its gradient functions registered: training needs them, inference does not. */
async function withGradients(tf: () => Promise<Tf>): Promise<Tf> {
  const core = await tf();
  await import('@tensorflow/tfjs-core/dist/register_all_gradients');
  return core;
}

/** The training tasks a worker can run, by name. Each validates its config before it touches TF.js. */
export function trainingTasks(tf: () => Promise<Tf>): Record<string, Task> {
  return {
    'fit-kernel': async (raw, context) => {
      const config = checkFitKernelConfig(raw);
      return fitKernel(await withGradients(tf), config, async (step, loss, kernel) => {
        if (step % PROGRESS_EVERY === 0 || step === 1) {
          context.progress(step, { loss }, kernel);
          // cpu and wasm never leave the task on their own: let a "stop" message in
          await yieldToMessages();
        }
        return !context.shouldStop();
      });
    },
  };
}

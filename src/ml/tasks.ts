import { checkFitKernelConfig, fitKernel } from '../models/fit-kernel';
import type { Task } from './protocol';
import type { Tf } from './types';

/** a task reports progress on its first step and every this many steps after */
export const PROGRESS_EVERY = 5;

/** The training tasks a worker can run, by name. Each validates its config before it touches TF.js. */
export function trainingTasks(tf: () => Promise<Tf>): Record<string, Task> {
  return {
    'fit-kernel': async (raw, context) => {
      const config = checkFitKernelConfig(raw);
      return fitKernel(await tf(), config, (step, loss, kernel) => {
        if (step % PROGRESS_EVERY === 0 || step === 1) context.progress(step, { loss }, kernel);
        return !context.shouldStop();
      });
    },
  };
}

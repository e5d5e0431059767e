import { checkFitKernelConfig, fitKernel } from '../../models/fit-kernel';
import { PROGRESS_EVERY, type ReaderTasks } from '../protocol/reader-task-map';
import type { TaskImplementation } from '../protocol/task-map';
import type { Tf } from '../types';
import { withGradients } from './with-gradients';
import { yieldToMessages } from './yield';

/** The fit-kernel task on TF.js as `inference` starts it (a small model: the inference backend serves). */
export function fitKernelTask(inference: () => Promise<Tf>): TaskImplementation<ReaderTasks['fit-kernel']> {
  return async (raw, context) => {
    const config = checkFitKernelConfig(raw);
    return fitKernel(await withGradients(inference), config, async (step, loss, kernel) => {
      if (step % PROGRESS_EVERY === 0 || step === 1) {
        context.progress(step, { metrics: { loss }, snapshot: kernel });
        // cpu and wasm never leave the task on their own: let a "stop" message in
        await yieldToMessages();
      }
      return !context.shouldStop();
    });
  };
}

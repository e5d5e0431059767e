import { checkTrainRunConfig } from '../../models/training/train-config';
import type { ReaderTasks } from '../protocol/reader-task-map';
import type { TaskImplementation } from '../protocol/task-map';
import { BACKENDS, type BackendCandidate, type BackendName, type Tf } from '../types';
import {
  bookWasmTraining,
  chooseTrainingBackend,
  trainingCandidates,
  type TrainingBackend,
  type WasmTraining,
} from './training-backend';
import { trainRun } from './train-run';
import { withGradients } from './with-gradients';

export interface TrainingRuntime {
  /** TF.js without a backend chosen yet */
  core(): Promise<Tf>;
  /** the backends this environment may offer */
  candidates: readonly BackendCandidate[];
}

/** Which backends a run may use and how wasm trains: the reader's worker offers all, with the book's kernels. */
export interface BackendSetup {
  /** consider only these backends */
  only?: readonly BackendName[];
  wasm: WasmTraining;
}

const readerSetup = (): BackendSetup => ({ wasm: bookWasmTraining });

function checkPreferred(raw: unknown): BackendName | undefined {
  const { preferred } = (raw ?? {}) as { preferred?: unknown };
  if (preferred !== undefined && !BACKENDS.includes(preferred as BackendName))
    throw new Error(`unknown backend "${String(preferred)}"`);
  return preferred as BackendName | undefined;
}

/**
 * The train-model task: checks the config, picks the backend that trains the model fastest here (once
 * per model and setup while the worker lives), then runs it. `setupFor` reads what a config may add
 * about backends (the bench's narrowing and stock wasm); the reader's worker adds nothing.
 */
export function trainModelTask(
  runtime: TrainingRuntime,
  setupFor: (raw: unknown) => BackendSetup = readerSetup,
): TaskImplementation<ReaderTasks['train-model']> {
  // the backend chosen for each model (and request), kept while the worker lives
  const chosen = new Map<string, TrainingBackend>();
  return async (raw, context) => {
    const config = checkTrainRunConfig(raw);
    const preferred = checkPreferred(raw);
    const { only, wasm } = setupFor(raw);
    const tf = await withGradients(runtime.core);
    const key = JSON.stringify([config.model, preferred, only, wasm.name]);
    let choice = chosen.get(key);
    if (!choice) {
      const candidates = trainingCandidates(tf, runtime.candidates, wasm).filter(
        (c) => !only || only.includes(c.name),
      );
      choice = await chooseTrainingBackend(tf, candidates, config.model, { preferred, wasm });
      chosen.set(key, choice);
    }
    if (tf.getBackend() !== choice.backend) await tf.setBackend(choice.backend);
    context.progress(0, { metrics: {}, snapshot: { backend: choice.backend, trials: choice.trials } });
    return trainRun(tf, config, choice.fallbacks, context, wasm);
  };
}

import { TrainingClient } from './task-client';

/** A training worker for one widget; call `dispose` when the widget unmounts. */
export function startTrainingWorker(): TrainingClient & { terminate(): void } {
  const worker = new Worker(new URL('../worker/reader-worker-entry.ts', import.meta.url), { type: 'module' });
  const client = new TrainingClient(worker);
  return Object.assign(client, {
    terminate: () => {
      client.dispose();
      worker.terminate();
    },
  });
}

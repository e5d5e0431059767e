import { TrainingClient } from './training-client';

/** A training worker for one widget; call `dispose` when the widget unmounts. */
export function startTrainingWorker(): TrainingClient & { terminate(): void } {
  const worker = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' });
  const client = new TrainingClient(worker);
  return Object.assign(client, {
    terminate: () => {
      client.dispose();
      worker.terminate();
    },
  });
}

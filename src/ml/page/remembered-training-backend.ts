import type { ModelName } from '../../models/training/model';
import { BACKENDS, type BackendName } from '../types';

const KEY = 'dl-training-backend';

const read = (): Partial<Record<ModelName, BackendName>> => {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Partial<Record<ModelName, BackendName>>;
  } catch {
    return {};
  }
};

/**
 * The backend a training worker chose for a model on this tab, so that the next widget (and the next
 * page) starts on it instead of timing every backend again. Kept for the tab's life, like the
 * inference choice; a reader's explicit choice always wins over it.
 */
export function rememberedTrainingBackend(model: ModelName): BackendName | undefined {
  const backend = read()[model];
  return BACKENDS.find((b) => b === backend);
}

export function rememberTrainingBackend(model: ModelName, backend: string): void {
  if (!BACKENDS.includes(backend as BackendName)) return;
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ ...read(), [model]: backend }));
  } catch {
    // no storage: the next widget measures again
  }
}

import { choiceField, intField } from '../../frame/schema';
import type { ModelName } from '../../models/training/model';

export const TRAIN_MODELS = [
  'reference-cnn',
  'residual-8x16',
  'lstm-64x30',
] as const satisfies readonly ModelName[];
export const BACKEND_CHOICES = ['auto', 'wasm', 'webgl', 'cpu'] as const;
export type BackendChoice = (typeof BACKEND_CHOICES)[number];
export const MAX_EPOCHS = 20;

/** The training lab's state, as it appears in a shared link (`?<id>.model=lstm-64x30&<id>.seed=3`). */
export const trainLabSchema = {
  model: choiceField('reference-cnn', TRAIN_MODELS),
  backend: choiceField('auto', BACKEND_CHOICES),
  seed: intField(1, 0, 2 ** 31 - 1),
  epochs: intField(2, 1, MAX_EPOCHS),
};

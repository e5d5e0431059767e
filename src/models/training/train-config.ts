import type { ModelName } from './model';
import { MODELS, type TrainConfig } from './trainer';

export const MAX_TRAINING_STEPS = 100_000;

export interface TrainRunConfig extends TrainConfig {
  /** optimiser steps to run (an epoch is ⌈samples / batchSize⌉ of them) */
  steps: number;
}

const isModel = (name: unknown): name is ModelName => typeof name === 'string' && name in MODELS;
const wholeIn = (v: unknown, lo: number, hi: number) =>
  Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;

/** Checks a training run's config from a page, with a message that says what is wrong. */
export function checkTrainRunConfig(raw: unknown): TrainRunConfig {
  const c = (raw ?? {}) as Partial<TrainRunConfig>;
  if (!isModel(c.model))
    throw new Error(`train-model needs a model: one of ${Object.keys(MODELS).join(', ')}`);
  if (!wholeIn(c.seed, 0, 2 ** 32 - 1))
    throw new Error('train-model seed must be a whole number from 0 to 2³² − 1');
  if (!wholeIn(c.samples, 1, 10_000))
    throw new Error('train-model samples must be a whole number from 1 to 10,000');
  if (!wholeIn(c.batchSize, 1, 1024))
    throw new Error('train-model batch size must be a whole number from 1 to 1,024');
  if (!wholeIn(c.steps, 1, MAX_TRAINING_STEPS))
    throw new Error(`train-model steps must be a whole number from 1 to ${MAX_TRAINING_STEPS}`);
  if (typeof c.learningRate !== 'number' || !(c.learningRate > 0 && c.learningRate <= 1))
    throw new Error('train-model learning rate must be a number above 0 and at most 1');
  return c as TrainRunConfig;
}

import type { TrainRunConfig } from '../../models/training/train-config';
import { Trainer } from '../../models/training/trainer';
import {
  SAVE_EVERY,
  type Fallback,
  type TrainModelProgress,
  type TrainRunResult,
} from '../protocol/reader-task-map';
import type { TaskContext } from '../protocol/task-map';
import type { BackendCandidate, BackendName, Tf } from '../types';
import { bookWasmTraining, type WasmTraining } from './training-backend';
import { yieldToMessages } from './yield';

/**
 * Runs `config.steps` optimiser steps, reporting the loss and stopping when asked. When the backend
 * fails mid-run (a lost WebGL context, a kernel that throws), it moves to the next of `fallbacks`,
 * says so, and goes on from the last saved weights; only when none is left does the error reach the
 * page. The optimiser's moments start again after a fall-back.
 */
export async function trainRun(
  tf: Tf,
  config: TrainRunConfig,
  fallbacks: readonly BackendCandidate[],
  context: TaskContext<TrainModelProgress>,
  wasm: WasmTraining = bookWasmTraining,
): Promise<TrainRunResult> {
  const queue = [...fallbacks];
  const adam = () => wasm.adam(tf);
  let trainer = new Trainer(tf, config, { adam: adam() });
  let saved = { step: 0, weights: await trainer.weights() };
  const losses: number[] = [];
  const stepMs: number[] = [];
  const events: Fallback[] = [];
  let baseline = 0;
  for (let step = 1; step <= config.steps && !context.shouldStop(); step++) {
    const started = performance.now();
    let loss: number;
    try {
      loss = await trainer.step();
    } catch (error) {
      const from = tf.getBackend();
      const to = await nextBackend(tf, queue);
      if (!to) throw error;
      const fallback: Fallback = {
        from,
        to,
        step,
        resumedFrom: saved.step,
        reason: error instanceof Error ? error.message : String(error),
      };
      try {
        trainer.dispose();
      } catch {
        // the failed backend may not even free its memory; it is left behind
      }
      trainer = new Trainer(tf, config, { weights: saved.weights, adam: adam() });
      events.push(fallback);
      losses.length = stepMs.length = saved.step;
      context.progress(saved.step, { metrics: {}, snapshot: { backend: to, fallback } });
      step = saved.step;
      baseline = 0;
      continue;
    }
    losses.push(loss);
    if (!baseline) baseline = tf.memory().numTensors;
    if (step % SAVE_EVERY === 0 || step === 1) {
      saved = { step, weights: await trainer.weights() };
      context.progress(step, {
        metrics: { loss, epoch: trainer.epoch },
        snapshot: { backend: tf.getBackend() },
      });
    }
    // cpu and wasm never leave a step on their own: let a "stop" message in
    await yieldToMessages();
    stepMs.push(performance.now() - started);
  }
  const leakedTensors = baseline ? tf.memory().numTensors - baseline : 0;
  trainer.dispose();
  return { losses, stepMs, backend: tf.getBackend(), fallbacks: events, leakedTensors };
}

/** Starts the first of `queue` that starts, taking the ones it tries off the queue. */
async function nextBackend(tf: Tf, queue: BackendCandidate[]): Promise<BackendName | undefined> {
  for (let candidate = queue.shift(); candidate; candidate = queue.shift()) {
    try {
      await candidate.register();
      if (await tf.setBackend(candidate.name)) return candidate.name;
    } catch {
      // this one cannot start either: try the next
    }
  }
  return undefined;
}

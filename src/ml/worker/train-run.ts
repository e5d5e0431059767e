import type { TrainRunConfig } from '../../models/training/train-config';
import { Trainer } from '../../models/training/trainer';
import type { TaskContext } from '../protocol/messages';
import type { BackendCandidate, BackendName, Tf } from '../types';
import { adamFor } from '../wasm-training/fused-adam';
import { yieldToMessages } from './yield';

/** the weights are saved (for a fall-back) and progress is reported every this many steps */
export const SAVE_EVERY = 5;

export interface Fallback {
  from: string;
  to: BackendName;
  /** the step that failed; the run went on from the weights saved at `resumedFrom` */
  step: number;
  resumedFrom: number;
  reason: string;
}

export interface TrainRunResult {
  losses: number[];
  /** each step's wall time in ms in the worker: saving weights, reporting and yielding included */
  stepMs: number[];
  backend: string;
  fallbacks: Fallback[];
  /** tensors alive at the end beyond those alive after the first step (the optimiser's slots): 0 */
  leakedTensors: number;
}

/** What a run shows the page as it goes: the backend, and a fall-back when one happened. */
export interface TrainRunSnapshot {
  backend: string;
  fallback?: Fallback;
}

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
  context: TaskContext,
  { stock = false }: { stock?: boolean } = {},
): Promise<TrainRunResult> {
  const queue = [...fallbacks];
  const adam = () => adamFor(tf, stock);
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
      context.progress(saved.step, {}, { backend: to, fallback } satisfies TrainRunSnapshot);
      step = saved.step;
      baseline = 0;
      continue;
    }
    losses.push(loss);
    if (!baseline) baseline = tf.memory().numTensors;
    if (step % SAVE_EVERY === 0 || step === 1) {
      saved = { step, weights: await trainer.weights() };
      context.progress(step, { loss, epoch: trainer.epoch }, {
        backend: tf.getBackend(),
      } satisfies TrainRunSnapshot);
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

import type { TaskSpec } from './task-map';

/**
 * The messages between a page and a task worker. One worker can run one task at a time; every
 * message names its run, so a late message from a stopped run is never mistaken for the current one.
 * What arrives in the worker is not trusted: each task checks its config.
 */
export type TaskRequest =
  { type: 'start'; runId: number; task: string; config: unknown } | { type: 'stop'; runId: number };

/** A progress report as the page receives it: the step, and the task's metrics and snapshot. */
export type ProgressEvent<S extends TaskSpec = TaskSpec> = {
  type: 'progress';
  runId: number;
  step: number;
} & S['progress'];

export type TaskEvent<S extends TaskSpec = TaskSpec> =
  | ProgressEvent<S>
  | { type: 'result'; runId: number; result: S['result']; stopped: boolean; backend: string }
  | { type: 'error'; runId: number; message: string };

/** What a Worker, a worker's global scope and a MessagePort have in common. */
export interface Port {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

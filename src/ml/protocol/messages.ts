/**
 * The messages between a page and its training worker. One worker can run one task at a time; every
 * message names its run, so a late message from a stopped run is never mistaken for the current one.
 */
export type TrainRequest =
  { type: 'start'; runId: number; task: string; config: unknown } | { type: 'stop'; runId: number };

export type TrainEvent =
  | { type: 'progress'; runId: number; step: number; metrics: Record<string, number>; snapshot?: unknown }
  | { type: 'result'; runId: number; result: unknown; stopped: boolean; backend: string }
  | { type: 'error'; runId: number; message: string };

/** What a Worker, a worker's global scope and a MessagePort have in common. */
export interface Port {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** What a task sees of its run. */
export interface TaskContext {
  /** report progress; `snapshot` is anything the page may draw (current weights, say) */
  progress(step: number, metrics: Record<string, number>, snapshot?: unknown): void;
  /** true once the page asked to stop: check between steps and return what you have */
  shouldStop(): boolean;
}

export type Task = (config: unknown, context: TaskContext) => Promise<unknown>;

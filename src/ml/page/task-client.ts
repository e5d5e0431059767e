import type { Port, ProgressEvent, TaskEvent } from '../protocol/messages';
import type { TaskMap, TaskSpec } from '../protocol/task-map';

/** How a run ended: its result (after a stop, what it had reached), and the backend that computed it. */
export interface Outcome<R> {
  result: R;
  stopped: boolean;
  backend: string;
}

export interface Run<R> {
  /** resolves with the task's outcome; rejects on a task error */
  result: Promise<Outcome<R>>;
  stop(): void;
}

interface Pending {
  onProgress(event: ProgressEvent): void;
  settle(event: TaskEvent): void;
}

/**
 * The page's side of the protocol, typed by a task map: `run('fit-kernel', config, onProgress)` takes
 * that task's config and gives its progress and result types. Routes each message to its run.
 */
export class TaskClient<T extends TaskMap<T>> {
  private nextRunId = 1;
  private readonly runs = new Map<number, Pending>();

  constructor(private readonly port: Port) {
    port.addEventListener('message', this.receive);
    (port as Partial<MessagePort>).start?.();
  }

  /** Starts `task` with `config`; `onProgress` hears each report of this run only. */
  run<K extends keyof T & string>(
    task: K,
    config: T[K]['config'],
    onProgress: (event: ProgressEvent<T[K]>) => void = () => {},
  ): Run<T[K]['result']> {
    const runId = this.nextRunId++;
    const result = new Promise<Outcome<T[K]['result']>>((resolve, reject) => {
      this.runs.set(runId, {
        // the worker implements the same map (TaskImplementations<T>): its messages for this run fit T[K]
        onProgress: onProgress as (event: ProgressEvent) => void,
        settle: (event) => {
          this.runs.delete(runId);
          if (event.type === 'result')
            resolve({ result: event.result, stopped: event.stopped, backend: event.backend });
          else if (event.type === 'error') reject(new Error(event.message));
        },
      });
    });
    this.port.postMessage({ type: 'start', runId, task, config });
    return { result, stop: () => this.port.postMessage({ type: 'stop', runId }) };
  }

  /** Stops listening; runs still pending reject. */
  dispose(): void {
    this.port.removeEventListener('message', this.receive);
    for (const run of this.runs.values())
      run.settle({ type: 'error', runId: 0, message: 'the worker was closed' });
  }

  private readonly receive = (event: MessageEvent<TaskEvent<TaskSpec>>) => {
    const message = event.data;
    const run = this.runs.get(message.runId);
    if (!run) return;
    if (message.type === 'progress') run.onProgress(message);
    else run.settle(message);
  };
}

import type { Port, TrainEvent } from '../protocol/messages';

export interface Run<R> {
  /** resolves with the task's result (after a stop, with what it had reached); rejects on a task error */
  result: Promise<{ result: R; stopped: boolean; backend: string }>;
  stop(): void;
}

type Progress = Extract<TrainEvent, { type: 'progress' }>;

/** The page's side of the protocol: starts runs on a worker and routes each message to its run. */
export class TrainingClient {
  private nextRunId = 1;
  private readonly runs = new Map<
    number,
    { onProgress: (event: Progress) => void; settle: (event: TrainEvent) => void }
  >();

  constructor(private readonly port: Port) {
    port.addEventListener('message', this.receive);
    (port as Partial<MessagePort>).start?.();
  }

  run<R>(task: string, config: unknown, onProgress: (event: Progress) => void = () => {}): Run<R> {
    const runId = this.nextRunId++;
    const result = new Promise<{ result: R; stopped: boolean; backend: string }>((resolve, reject) => {
      this.runs.set(runId, {
        onProgress,
        settle: (event) => {
          this.runs.delete(runId);
          if (event.type === 'result')
            resolve({ result: event.result as R, stopped: event.stopped, backend: event.backend });
          else if (event.type === 'error') reject(new Error(event.message));
        },
      });
    });
    this.port.postMessage({ type: 'start', runId, task, config });
    return { result, stop: () => this.port.postMessage({ type: 'stop', runId }) };
  }

  dispose(): void {
    this.port.removeEventListener('message', this.receive);
    for (const run of this.runs.values())
      run.settle({ type: 'error', runId: 0, message: 'the worker was closed' });
  }

  private readonly receive = (event: MessageEvent<TrainEvent>) => {
    const message = event.data;
    const run = this.runs.get(message.runId);
    if (!run) return;
    if (message.type === 'progress') run.onProgress(message);
    else run.settle(message);
  };
}

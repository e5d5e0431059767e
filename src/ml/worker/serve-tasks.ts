import type { Port, TaskEvent, TaskRequest } from '../protocol/messages';
import type { TaskImplementation, TaskImplementations, TaskMap, TaskSpec } from '../protocol/task-map';

/**
 * The worker's side of the protocol: runs the requested task, relays its progress, and answers with
 * a result (also after a stop, with what was reached) or an error that says what went wrong.
 * `backend` names the TF.js backend the tasks run on, once it is known.
 */
export function serveTasks<T extends TaskMap<T>>(
  port: Port,
  tasks: TaskImplementations<T>,
  backend: () => string,
): void {
  const running = new Set<number>();
  const stopped = new Set<number>();
  const send = (event: TaskEvent) => port.postMessage(event);
  // looked up by the name that arrived: only the map's own tasks, never Object's "constructor"
  const byName = new Map<string, TaskImplementation<TaskSpec>>(Object.entries(tasks));

  port.addEventListener('message', (event: MessageEvent<TaskRequest>) => {
    const request = event.data;
    if (request.type === 'stop') {
      if (running.has(request.runId)) stopped.add(request.runId);
      return;
    }
    const { runId } = request;
    const task = byName.get(request.task);
    if (!task) {
      send({ type: 'error', runId, message: `unknown task "${request.task}"` });
      return;
    }
    running.add(runId);
    task(request.config, {
      progress: (step, report) => send({ type: 'progress', runId, step, ...report }),
      shouldStop: () => stopped.has(runId),
    }).then(
      (result) => {
        running.delete(runId);
        send({ type: 'result', runId, result, stopped: stopped.delete(runId), backend: backend() });
      },
      (error: unknown) => {
        running.delete(runId);
        stopped.delete(runId);
        send({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) });
      },
    );
  });
  (port as Partial<MessagePort>).start?.();
}

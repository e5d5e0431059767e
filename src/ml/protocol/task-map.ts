/** What a task reports as it goes: numbers to plot, and a snapshot the page may draw (current weights, say). */
export interface Progress {
  metrics: Record<string, number>;
  snapshot?: unknown;
}

/** One task's types at the worker boundary: the config it takes, each progress report, its result. */
export interface TaskSpec {
  config: unknown;
  progress: Progress;
  result: unknown;
}

/** A map from task names to their specs (`ReaderTasks`, `BenchTasks`): `T extends TaskMap<T>`. */
export type TaskMap<T> = { [K in keyof T]: TaskSpec };

/** a progress report with no numbers (the backend chosen, say) */
export type NoMetrics = Record<string, never>;

/** What a task sees of its run. */
export interface TaskContext<P extends Progress> {
  progress(step: number, report: P): void;
  /** true once the page asked to stop: check between steps and return what you have */
  shouldStop(): boolean;
}

/** A task as a worker runs it: the config arrives unchecked (`unknown`), the result must fit the spec. */
export type TaskImplementation<S extends TaskSpec> = (
  config: unknown,
  context: TaskContext<S['progress']>,
) => Promise<S['result']>;

/** Every task of a map, implemented: a missing task or a wrong result type fails typecheck. */
export type TaskImplementations<T extends TaskMap<T>> = { [K in keyof T]: TaskImplementation<T[K]> };

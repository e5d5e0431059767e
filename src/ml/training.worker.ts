import { loadTf } from './load-tf';
import type { Port } from './protocol';
import { serveTasks } from './serve-tasks';
import { trainingTasks } from './tasks';

let backend = 'starting';

serveTasks(
  self as unknown as Port,
  trainingTasks(async () => {
    const runtime = await loadTf();
    backend = runtime.label;
    return runtime.tf;
  }),
  () => backend,
);

// The training benchmark in Chromium: the bench's worker (the reader's train-model task and more) runs each row while this page
// counts its main thread's long tasks (what a reader would feel as a frozen page).
import type { BenchTrainModelConfig } from './bench-task-map';
import { benchRows } from './run-rows';
import type { TrainingRow } from './training-rows';
import { startBenchWorker } from './start-bench-worker';
import type { BackendName } from '../types';
import type { ModelName } from '../../models/training/model';

/** each row as it is measured, to the script driving the page (playwright's exposeFunction) */
const benchLog = (row: TrainingRow) =>
  (window as unknown as { benchLog?: (row: TrainingRow) => void }).benchLog?.(row);

async function bench(
  backends: BackendName[],
  models?: ModelName[],
  budgetS?: number,
): Promise<TrainingRow[]> {
  let longTasks = 0;
  new PerformanceObserver((list) => (longTasks += list.getEntries().length)).observe({ type: 'longtask' });
  const rows: TrainingRow[] = [];
  for (const backend of backends) {
    // a fresh worker per backend, as a page would have, and another after a row over its budget
    let worker = startBenchWorker();
    try {
      const train = async (config: BenchTrainModelConfig) => {
        longTasks = 0;
        const { result } = await worker.run('train-model', config).result;
        return { result, longTasks };
      };
      const abandon = async () => {
        worker.terminate();
        worker = startBenchWorker();
      };
      const peak = async () => (await worker.run('matmul-peak', {}).result).result;
      rows.push(
        ...(await benchRows(
          'chromium',
          { backends: [backend], models },
          { train, abandon },
          peak,
          benchLog,
          budgetS,
        )),
      );
    } finally {
      worker.terminate();
    }
  }
  return rows;
}

Object.assign(window, { bench });

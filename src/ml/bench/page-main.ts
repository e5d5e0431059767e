// The training benchmark in Chromium: the book's own training worker runs each row while this page
// counts its main thread's long tasks (what a reader would feel as a frozen page).
import { benchRows } from '../../src/ml/bench/run-rows';
import type { TrainingRow } from '../../src/ml/bench/training-rows';
import type { TrainRunResult } from '../../src/ml/train-run';
import { startTrainingWorker } from '../../src/ml/training-worker';
import type { BackendName } from '../../src/ml/types';

async function bench(backends: BackendName[]): Promise<TrainingRow[]> {
  let longTasks = 0;
  new PerformanceObserver((list) => (longTasks += list.getEntries().length)).observe({ type: 'longtask' });
  const rows: TrainingRow[] = [];
  for (const backend of backends) {
    // a fresh worker per backend, as a page would have
    const worker = startTrainingWorker();
    try {
      const train = async (config: unknown) => {
        longTasks = 0;
        const { result } = await worker.run<TrainRunResult>('train-model', config).result;
        return { result, longTasks };
      };
      const peak = async () => (await worker.run<number>('matmul-peak', {}).result).result;
      rows.push(...(await benchRows('chromium', [backend], train, peak, (row) => console.log(JSON.stringify(row)))));
    } finally {
      worker.terminate();
    }
  }
  return rows;
}

Object.assign(window, { bench });

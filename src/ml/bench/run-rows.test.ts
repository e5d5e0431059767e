import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TrainRunResult } from '../protocol/reader-task-map';
import { benchRows, type RowRunner } from './run-rows';

afterEach(() => {
  vi.useRealTimers();
});

describe('benchRows', () => {
  it('reports a row over its budget as such, abandons its run and goes on with the next row', async () => {
    vi.useFakeTimers();
    const result = { stepMs: [9, 2, 2], leakedTensors: 0 } as unknown as TrainRunResult;
    const runner: RowRunner = {
      // the stock row never finishes; the book's finishes at once
      train: vi.fn<RowRunner['train']>((config) =>
        config.stock ? new Promise(() => {}) : Promise.resolve({ result, longTasks: 0 }),
      ),
      abandon: vi.fn(() => Promise.resolve()),
    };
    const rows = benchRows(
      'node',
      { backends: ['cpu'], models: ['reference-cnn'] },
      runner,
      async () => 1,
      undefined,
      30,
    );
    await vi.advanceTimersByTimeAsync(29_999);
    expect(runner.abandon).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    const [stock, ours] = await rows;
    expect(stock).toMatchObject({ stock: true, overBudget: true, budgetS: 30, epochSeconds: null });
    expect(stock).not.toHaveProperty('error');
    expect(runner.abandon).toHaveBeenCalledTimes(1);
    expect(ours).toMatchObject({ stock: false, measuredSteps: 2, epochSeconds: 0.064 });
    expect(ours).not.toHaveProperty('overBudget');
    expect(vi.getTimerCount()).toBe(0);
  });
});

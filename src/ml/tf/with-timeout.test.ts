import { afterEach, describe, expect, it, vi } from 'vitest';
import { withTimeout } from './with-timeout';

afterEach(() => {
  vi.useRealTimers();
});

describe('withTimeout', () => {
  it('resolves with the value of a promise that settles in time', async () => {
    await expect(withTimeout(Promise.resolve(42), 50, 'answering')).resolves.toBe(42);
  });

  it('passes on the rejection of a promise that fails in time', async () => {
    await expect(withTimeout(Promise.reject(new Error('boom')), 50, 'failing')).rejects.toThrow('boom');
  });

  it('rejects, naming what did not finish, when the promise hangs', async () => {
    const never = new Promise<number>(() => {});
    await expect(withTimeout(never, 20, 'starting webgl')).rejects.toThrow(
      'starting webgl did not finish within 20 ms',
    );
  });

  it('keeps waiting until the limit and no longer', async () => {
    vi.useFakeTimers();
    let settled = false;
    const slow = new Promise<string>((resolve) => setTimeout(() => resolve('late'), 100));
    const raced = withTimeout(slow, 50, 'slow work').then(
      () => (settled = true),
      (error: Error) => error.message,
    );
    await vi.advanceTimersByTimeAsync(49);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(raced).resolves.toBe('slow work did not finish within 50 ms');
  });

  it('clears its timer once the promise settles', async () => {
    vi.useFakeTimers();
    await withTimeout(Promise.resolve('done'), 1000, 'quick');
    await withTimeout(Promise.reject(new Error('no')), 1000, 'quick').catch(() => {});
    expect(vi.getTimerCount()).toBe(0);
  });
});

/** Rejects when `promise` has not settled within `ms`: every backend start gets one, as a failed start can hang. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return withLimit(promise, ms, () => new Error(`${what} did not finish within ${ms} ms`));
}

/** Rejects with `overLimit()` when `promise` has not settled within `ms`, for a caller that says why itself. */
export function withLimit<T>(promise: Promise<T>, ms: number, overLimit: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(overLimit()), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

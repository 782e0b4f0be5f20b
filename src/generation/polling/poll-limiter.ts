// At most `max` task queries in flight at once: when the tab comes back after an
// hour with forty tasks running, they catch up a few at a time instead of all at
// once against a gateway that rate-limits per account.
export const createLimiter = (max: number) => {
  let active = 0;
  const waiting: (() => void)[] = [];

  const acquire = (signal?: AbortSignal): Promise<void> => {
    if (active < max) {
      active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        waiting.splice(waiting.indexOf(grant), 1);
        reject(signal?.reason);
      };
      waiting.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  };

  // The slot passes straight to the next waiter, so a newcomer cannot slip in between.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };

  const run = async <T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> => {
    await acquire(signal);
    try {
      return await task();
    } finally {
      release();
    }
  };
  return { run, inFlight: () => active, queued: () => waiting.length };
};

export const MAX_POLLS_IN_FLIGHT = 4;
export const pollLimiter = createLimiter(MAX_POLLS_IN_FLIGHT);

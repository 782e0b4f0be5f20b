// One sender per browser: the queue's limit (*Tasks at once*) is the browser's, not each
// tab's, so only the tab holding this Web Lock runs the runner. The others keep their
// queue in step through IndexedDB (queue-persistence.ts) and wait in line for the lock,
// which the browser hands to the next tab when the sender closes, even when it crashes.

const SENDER_LOCK = 'kling-studio.queue.sender';

export type QueueLeadership = {
  /** Resolves once this tab is the sender (at once where the browser has no navigator.locks). */
  granted: Promise<void>;
  /** Gives the lock up, or leaves the line. */
  release: () => void;
};

export const requestQueueLeadership = (
  locks: LockManager | undefined = (globalThis.navigator as Navigator | undefined)?.locks,
): QueueLeadership => {
  if (!locks) return { granted: Promise.resolve(), release: () => {} };
  const leave = new AbortController();
  let left = false;
  let done: (() => void) | null = null;
  const granted = new Promise<void>((resolve) => {
    locks
      .request(SENDER_LOCK, { signal: leave.signal }, () => {
        // Left before the grant (React's development double mount): a grant already on its
        // way ignores the abort, so the lock goes straight back.
        if (left) return undefined;
        resolve();
        // Held until release(): the lock's callback keeps it while this promise is pending.
        return new Promise<void>((resolveHeld) => {
          done = resolveHeld;
        });
      })
      // Aborted before it was granted: this tab never became the sender.
      .catch(() => {});
  });
  const release = () => {
    left = true;
    leave.abort();
    done?.();
  };
  return { granted, release };
};

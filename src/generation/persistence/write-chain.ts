import { drain } from '../../lib/drain.ts';

// How the history and the queue reach IndexedDB (records/task-history.ts,
// queue/queue-persistence.ts): one job at a time, in the order asked, so a later change
// never lands before an earlier one. Storage that failed once (private mode, a full disk)
// will fail again: the first failure is reported, once; the store carries on in memory.

export type WriteChain = {
  /** Runs `job` after every job asked before it; its own promise rejects if it fails. */
  run: <T>(job: () => Promise<T>) => Promise<T>;
  /** Resolves once everything asked so far has run, jobs added meanwhile included. */
  idle: () => Promise<void>;
};

type ChainOptions = {
  onFirstProblem: (error: unknown) => void;
  /** True while any job waits or runs (the gallery's "saving…"). */
  onBusy?: (busy: boolean) => void;
};

export const createWriteChain = ({ onFirstProblem, onBusy }: ChainOptions): WriteChain => {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  let warned = false;
  const run = <T>(job: () => Promise<T>): Promise<T> => {
    pending += 1;
    if (pending === 1) onBusy?.(true);
    const result = tail.then(job);
    tail = result
      .catch((error: unknown) => {
        if (warned) return;
        warned = true;
        onFirstProblem(error);
      })
      .finally(() => {
        pending -= 1;
        if (pending === 0) onBusy?.(false);
      });
    return result;
  };
  return { run, idle: () => drain(() => tail) };
};

import type { Task } from '../../api/task.schema.ts';
import type { Submission } from '../submission.ts';
import type { useQueueStore } from './queue-store.ts';
import type { QueueError, QueueItem } from './queue-item.ts';
import { busyDelay, nextDecision } from './schedule.ts';

/** How the queue reaches the rest of the studio; the app layer supplies each piece. */
export type QueueRunnerDeps = {
  store: typeof useQueueStore;
  /** Unfinished tasks the studio created, or null while that is not yet known. */
  running: () => number | null;
  /** Calls back whenever `running` may have changed (polling learned a task finished). */
  subscribeRunning: (listener: () => void) => () => void;
  /** Makes 'sending' durable before the POST; false when the item is no longer this tab's to send. */
  claim: (item: QueueItem) => Promise<boolean>;
  create: (submission: Submission) => Promise<Task>;
  onCreated: (item: QueueItem, task: Task) => void;
  onUncertain: (item: QueueItem, error: unknown) => void;
  /** The gateway's "too many at once" (429, Kling 1303): wait and send the same item again. */
  busyRetryAfter: (error: unknown) => { retryAfterMs: number | null } | null;
  /** A create that may have reached the gateway (timeout, reset, 502/504): never resent. */
  isUncertain: (error: unknown) => boolean;
  /** The key was refused (401/403): every create would fail alike, so the queue pauses with the item kept. */
  isKeyRefused?: (error: unknown) => boolean;
  describe: (error: unknown) => QueueError;
  now?: () => number;
};

/** Sends queued items while slots are free; returns stop. */
export const startQueueRunner = (deps: QueueRunnerDeps): (() => void) => {
  const { store, now = Date.now } = deps;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let ticking = false;
  let again = false;

  const dispatch = async (item: QueueItem) => {
    let claimed: boolean;
    try {
      claimed = await deps.claim(item);
    } catch (error) {
      // The 'sending' mark could not be saved: not sent, and said so rather than dropped.
      store
        .getState()
        .fail(item.id, { kind: 'storage', status: null, message: error instanceof Error ? error.message : String(error) }, error);
      return;
    }
    if (!claimed) {
      // Another tab has it (or finished it): never a second POST from here.
      store.getState().settle(item.id);
      return;
    }
    try {
      const task = await deps.create(item.submission);
      deps.onCreated(item, task);
      store.getState().settle(item.id);
    } catch (error) {
      const busy = deps.busyRetryAfter(error);
      if (busy) {
        store.getState().busy(item.id, now() + busyDelay(busy.retryAfterMs, item.busyCount + 1));
      } else if (deps.isKeyRefused?.(error)) {
        store.getState().refused(item.id, deps.describe(error));
      } else if (deps.isUncertain(error)) {
        deps.onUncertain(item, error);
        store.getState().settle(item.id, error);
      } else {
        store.getState().fail(item.id, deps.describe(error), error);
      }
    }
  };

  const tick = () => {
    if (stopped) return;
    if (ticking) {
      again = true;
      return;
    }
    ticking = true;
    try {
      do {
        again = false;
        const state = store.getState();
        if (!state.hydrated) return;
        const decision = nextDecision({ ...state, running: deps.running(), now: now() });
        if (decision.kind === 'send') {
          state.markSending(decision.item.id);
          void dispatch(decision.item);
          again = true;
        } else if (decision.reason === 'gateway') {
          if (timer) clearTimeout(timer);
          timer = setTimeout(() => {
            timer = null;
            tick();
          }, decision.until - now());
        }
      } while (again && !stopped);
    } finally {
      ticking = false;
    }
  };

  const unsubscribeStore = store.subscribe(tick);
  const unsubscribeRunning = deps.subscribeRunning(tick);
  tick();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    unsubscribeStore();
    unsubscribeRunning();
  };
};
